using WfTeams.Core.Processes;

namespace WfTeams.Core.Runs;

/// <summary>One line of a case list: kept as plain columns on the state row, so lists need no template.</summary>
public sealed record CaseSummary(
    string CaseId,
    string Subject,
    string TemplateName,
    CaseStatus Status,
    string? StepId,
    string? StepTitle,
    int StepNumber,
    int StepCount,
    DateTimeOffset? DueAt,
    string? AssigneeName,
    int Version,
    DateTimeOffset UpdatedAt)
{
    public bool IsOverdue(DateTimeOffset now) => Status is CaseStatus.Active or CaseStatus.Paused && DueAt is { } due && now > due;

    public static CaseSummary Of(CaseState state, ProcessTemplate template)
    {
        var step = state.CurrentStepId is { } id ? template.Steps.FirstOrDefault(s => s.Id == id) : null;
        return new CaseSummary(
            state.Id,
            state.Subject,
            state.TemplateName,
            state.Status,
            step?.Id,
            step?.Title,
            step is null ? template.Steps.Count : CaseFlow.IndexOf(template, step.Id) + 1,
            template.Steps.Count,
            state.Current?.DueAt,
            state.Current?.Assignee?.Name,
            state.Version,
            state.UpdatedAt);
    }
}
