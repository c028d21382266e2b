using System.Globalization;
using WfTeams.Core.Processes;
using WfTeams.Core.Runs;

namespace WfTeams.Core.Insights;

/// <summary>
/// Folds a case's events, oldest first, into its <see cref="CaseProgress"/> and adds what each one changed to
/// the aggregate of its month and to the aggregate of the cases waiting now. Pure: the projector and the
/// rebuild both use it, which is why an incremental projection equals a full recomputation.
/// </summary>
public static class CaseProjection
{
    public const int MaxReasonChars = 120;
    public const int MaxVariantChars = 600;

    /// <summary>The month an event counts in: the agencies' calendar month, "yyyy-MM".</summary>
    public static string Month(DateTimeOffset at) => CaseTime.Local(at).ToString("yyyy-MM", CultureInfo.InvariantCulture);

    /// <summary>
    /// Applies <paramref name="recorded"/> unless it was applied before (its sequence is not above the checkpoint).
    /// <paramref name="month"/> gives the aggregate of a month; <paramref name="waiting"/> is the aggregate of open cases.
    /// </summary>
    /// <returns>False when the event was already applied and nothing changed.</returns>
    public static bool Apply(CaseProgress progress, CaseEvent recorded, ProcessTemplate template, Func<string, FigureAggregate> month, FigureAggregate waiting)
    {
        if (recorded.Sequence <= progress.Sequence || progress.Closed)
        {
            return false;
        }

        progress.Sequence = recorded.Sequence;
        progress.TemplateVersion = template.Version;
        var figures = month(Month(recorded.At));
        switch (recorded.Kind)
        {
            case CaseEventKind.Started:
                figures.Started++;
                progress.StartedAt = recorded.At;
                if (recorded.NextStepId is { } first)
                {
                    Enter(progress, template, first, recorded.At, figures, waiting, from: null);
                }

                break;
            case CaseEventKind.Completed or CaseEventKind.Skipped:
                Remember(progress, template, recorded);
                if (recorded.Kind == CaseEventKind.Completed && recorded.DecisionId is { } decision && recorded.StepId is { } decided)
                {
                    progress.Decisions.Add(decided + ":" + decision);
                }

                Leave(progress, recorded, figures, waiting, done: true);
                if (recorded.NextStepId is { } next)
                {
                    Enter(progress, template, next, recorded.At, figures, waiting, recorded.StepId);
                }
                else
                {
                    Finish(progress, template, recorded.At, figures);
                }

                break;
            case CaseEventKind.Back:
                Leave(progress, recorded, figures, waiting, done: false);
                if (recorded.NextStepId is { } previous)
                {
                    Enter(progress, template, previous, recorded.At, figures, waiting, recorded.StepId);
                }

                break;
            case CaseEventKind.Assigned:
                progress.AssignedAt = recorded.At;
                break;
            case CaseEventKind.Cancelled:
                Leave(progress, recorded, figures, waiting, done: false);
                figures.Cancelled++;
                FigureAggregate.Count(figures.CancelReasons, Reason(recorded.Reason));
                progress.Closed = true;
                break;
        }

        return true;
    }

    private static void Enter(CaseProgress progress, ProcessTemplate template, string stepId, DateTimeOffset at, FigureAggregate figures, FigureAggregate waiting, string? from)
    {
        var tally = figures.Step(stepId);
        tally.Entered++;
        if (!progress.Visited.Add(stepId))
        {
            tally.Reentered++;
            FigureAggregate.Count(figures.Loops, (from ?? "") + " > " + stepId);
        }

        var step = template.Steps.FirstOrDefault(s => s.Id == stepId);
        progress.CurrentStepId = stepId;
        progress.EnteredAt = at;
        progress.DueAt = StepDuration.DueAt(step?.Duration, at);
        progress.AssignedAt = null;
        var wait = waiting.Step(stepId);
        wait.Waiting++;
        wait.WaitingSinceSum += at.ToUnixTimeSeconds();
    }

    /// <summary>The current step is left: timed when it was done (completed or skipped), and no longer waiting.</summary>
    private static void Leave(CaseProgress progress, CaseEvent recorded, FigureAggregate figures, FigureAggregate waiting, bool done)
    {
        if (progress.CurrentStepId is not { } stepId || progress.EnteredAt is not { } entered)
        {
            return;
        }

        if (done)
        {
            var tally = figures.Step(stepId);
            if (recorded.Kind == CaseEventKind.Skipped)
            {
                tally.Skipped++;
            }
            else
            {
                tally.Completed++;
            }

            tally.Current.Add(recorded.At - entered);
            if (progress.AssignedAt is { } assigned)
            {
                tally.AfterAssignment.Add(recorded.At - assigned);
            }

            if (progress.DueAt is { } due)
            {
                tally.WithDue++;
                if (recorded.At > due)
                {
                    tally.Overdue++;
                }
            }
        }

        var wait = waiting.Step(stepId);
        wait.Waiting--;
        wait.WaitingSinceSum -= entered.ToUnixTimeSeconds();
        progress.CurrentStepId = null;
        progress.EnteredAt = null;
        progress.DueAt = null;
        progress.AssignedAt = null;
    }

    private static void Finish(CaseProgress progress, ProcessTemplate template, DateTimeOffset at, FigureAggregate figures)
    {
        figures.Finished++;
        figures.LeadTime.Add(at - progress.StartedAt);
        FigureAggregate.Count(figures.Variants, Variant(progress.Decisions));
        foreach (var field in MeasuredFields(template))
        {
            if (!progress.Values.TryGetValue(field, out var value))
            {
                continue;
            }

            var tally = figures.Field(field);
            tally.Count++;
            if (decimal.TryParse(value, NumberStyles.Number, CultureInfo.InvariantCulture, out var number))
            {
                tally.Numbers++;
                tally.Sum += number;
            }
        }

        progress.Closed = true;
    }

    /// <summary>Keeps the latest value of every field a KPI measures; the rest of what was captured stays out of the figures.</summary>
    private static void Remember(CaseProgress progress, ProcessTemplate template, CaseEvent recorded)
    {
        if (recorded.Values is not { Count: > 0 } values)
        {
            return;
        }

        foreach (var field in MeasuredFields(template))
        {
            if (values.TryGetValue(field, out var value) && value.Trim().Length > 0)
            {
                progress.Values[field] = value.Trim();
            }
        }
    }

    public static IEnumerable<string> MeasuredFields(ProcessTemplate template) =>
        template.Kpis.Select(k => k.Field).OfType<string>().Distinct(StringComparer.Ordinal);

    private static string Variant(List<string> decisions)
    {
        var key = string.Join(" > ", decisions);
        return key.Length <= MaxVariantChars ? key : key[..MaxVariantChars] + "…";
    }

    private static string Reason(string? reason)
    {
        var text = string.Join(' ', (reason ?? "").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return text.Length <= MaxReasonChars ? text : text[..MaxReasonChars] + "…";
    }
}
