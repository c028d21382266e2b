namespace WfTeams.Core.Runs;

/// <summary>The ids of a step card's inputs; Action.Execute merges them into the action's data under these names.</summary>
public static class InputIds
{
    public const string FieldPrefix = "f.";
    public const string CheckPrefix = "c.";
    public const string Decision = "decision";
    public const string Reason = "reason";
    public const string Assignee = "assignee";
    public const string Subject = "subject";

    public static string Field(string fieldId) => FieldPrefix + fieldId;

    public static string Check(string itemId) => CheckPrefix + itemId;
}
