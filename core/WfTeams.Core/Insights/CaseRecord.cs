using WfTeams.Core.Processes;
using WfTeams.Core.Runs;

namespace WfTeams.Core.Insights;

/// <summary>One case as the workbook lists it, with its step visits; built from the audit trail. <see cref="Subject"/> is null unless shown to an editor.</summary>
public sealed record CaseRecord(
    string CaseId,
    string? Subject,
    int Version,
    CaseStatus Status,
    DateTimeOffset StartedAt,
    DateTimeOffset? EndedAt,
    string? CurrentStepTitle,
    IReadOnlyList<StepVisit> Visits)
{
    /// <summary>Folds the events (oldest first). Without <paramref name="withNames"/> the subject and the assignees stay out.</summary>
    public static CaseRecord Of(string caseId, IReadOnlyList<CaseEvent> events, ProcessTemplate template, bool withNames)
    {
        string Title(string id) => template.Steps.FirstOrDefault(s => s.Id == id)?.Title ?? id;
        var visits = new List<StepVisit>();
        StepVisit? current = null;
        DateTimeOffset? due = null;
        var status = CaseStatus.Active;
        DateTimeOffset? ended = null;

        void Leave(CaseEvent e, VisitOutcome outcome)
        {
            if (current is null)
            {
                return;
            }

            var done = outcome is VisitOutcome.Completed or VisitOutcome.Skipped;
            visits.Add(current with { Left = e.At, Outcome = outcome, Overdue = done && due is { } d && e.At > d });
            current = null;
        }

        void Enter(string stepId, DateTimeOffset at)
        {
            current = new StepVisit(stepId, Title(stepId), at, null, VisitOutcome.Open, false, null);
            due = StepDuration.DueAt(template.Steps.FirstOrDefault(s => s.Id == stepId)?.Duration, at);
        }

        foreach (var e in events)
        {
            switch (e.Kind)
            {
                case CaseEventKind.Started when e.NextStepId is { } first:
                    Enter(first, e.At);
                    break;
                case CaseEventKind.Completed or CaseEventKind.Skipped or CaseEventKind.Back:
                    Leave(e, e.Kind switch { CaseEventKind.Completed => VisitOutcome.Completed, CaseEventKind.Skipped => VisitOutcome.Skipped, _ => VisitOutcome.Back });
                    if (e.NextStepId is { } next)
                    {
                        Enter(next, e.At);
                    }
                    else
                    {
                        status = CaseStatus.Finished;
                        ended = e.At;
                    }

                    break;
                case CaseEventKind.Assigned when current is not null && withNames:
                    current = current with { Assignee = e.Assignee?.Name };
                    break;
                case CaseEventKind.Paused:
                    status = CaseStatus.Paused;
                    break;
                case CaseEventKind.Resumed:
                    status = CaseStatus.Active;
                    break;
                case CaseEventKind.Cancelled:
                    Leave(e, VisitOutcome.Cancelled);
                    status = CaseStatus.Cancelled;
                    ended = e.At;
                    break;
            }
        }

        var open = current;
        if (open is not null)
        {
            visits.Add(open);
        }

        var started = events.FirstOrDefault(e => e.Kind == CaseEventKind.Started);
        return new CaseRecord(caseId, withNames ? started?.Reason : null, template.Version, status, started?.At ?? default, ended, open?.Title, visits);
    }
}
