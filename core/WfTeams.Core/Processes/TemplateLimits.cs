namespace WfTeams.Core.Processes;

/// <summary>Sizes a template may have: what a profile, a chat card and Table storage can carry.</summary>
public static class TemplateLimits
{
    public const int IdLength = 63;
    public const int DurationLength = 20;
    public const int ShortText = 200;
    public const int UrlLength = 2000;
    public const int MediumText = 2000;
    public const int LongText = 10_000;
    public const int ListItems = 100;
    public const int MaxSteps = 1000;
    public const int ChecklistItems = 50;
    public const int CaptureFields = 50;
    public const int ChoiceOptions = 50;
    public const int DecisionOptions = 10;
    /// <summary>A template file larger than this is refused before it is parsed.</summary>
    public const int FileBytes = 4 * 1024 * 1024;
}
