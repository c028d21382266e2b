namespace WfTeams.Core.Insights;

public enum VisitOutcome
{
    Open,
    Completed,
    Skipped,
    Back,
    Cancelled,
}
