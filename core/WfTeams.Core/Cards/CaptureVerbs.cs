namespace WfTeams.Core.Cards;

/// <summary>The verbs of the capture cards' Action.Execute buttons; all start with "capture." so the chat routes them at once.</summary>
public static class CaptureVerbs
{
    public const string Prefix = "capture.";
    public const string Answer = "capture.answer";
    public const string Skip = "capture.skip";
    public const string Back = "capture.back";
    public const string Later = "capture.later";
    public const string Open = "capture.open";
    public const string Step = "capture.step";
    public const string AddStep = "capture.add";
    public const string EditStep = "capture.edit";
    public const string MoveUp = "capture.up";
    public const string Delete = "capture.delete";
    public const string Ask = "capture.ask";
    public const string Preview = "capture.preview";
    public const string Submit = "capture.submit";
    public const string Review = "capture.review";
    public const string Release = "capture.release";
    public const string Return = "capture.return";
}
