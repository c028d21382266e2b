namespace WfTeams.Core.Cards;

/// <summary>The verbs of the cards' Action.Execute buttons: written by the cards, read back by the chat's action parser.</summary>
public static class ActionVerbs
{
    public const string Start = "start";
    public const string Open = "open";
    public const string Status = "status";
    public const string Processes = "processes";
    public const string Process = "process";
    public const string Complete = "complete";
    public const string Save = "save";
    public const string Back = "back";
    public const string Skip = "skip";
    public const string Assign = "assign";
    public const string Pause = "pause";
    public const string Resume = "resume";
    public const string Cancel = "cancel";
}
