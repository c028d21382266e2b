using System.Collections.Immutable;
using WfTeams.Core.Processes;

namespace WfTeams.Core.Runs;

/// <summary>
/// What a case report (Fallbericht) shows, per step in template order: who completed or skipped it and when,
/// the captured data and the decision, and what is still open. The document code renders it.
/// </summary>
public sealed record CaseReport(CaseState Case, ProcessTemplate Template, IReadOnlyList<CaseReport.StepLine> Steps)
{
    public sealed record StepLine(
        int Number,
        ProcessStep Step,
        StepOutcome Outcome,
        Actor? By,
        DateTimeOffset? At,
        string? SkipReason,
        Actor? Assignee,
        DateTimeOffset? DueAt,
        IReadOnlyList<CapturedLine> Captured,
        string? Decision,
        IReadOnlyList<string> OpenItems,
        int Visits);

    /// <summary>A captured value with its field's label, in canonical form (see <see cref="CapturedValue"/>).</summary>
    public sealed record CapturedLine(string FieldId, string Label, FieldType Type, string Value);

    public enum StepOutcome
    {
        NotReached,
        Current,
        Completed,
        Skipped,
    }

    public static CaseReport Of(CaseState state, ProcessTemplate template) =>
        new(state, template, template.Steps.Select((step, i) => Line(state, step, i + 1)).ToList());

    private static StepLine Line(CaseState state, ProcessStep step, int number)
    {
        var visited = state.Steps.TryGetValue(step.Id, out var s);
        s ??= StepState.Empty;
        var outcome = !visited ? StepOutcome.NotReached
            : state.CurrentStepId == step.Id ? StepOutcome.Current
            : s.SkipReason is not null ? StepOutcome.Skipped
            : s.IsDone ? StepOutcome.Completed
            : StepOutcome.NotReached;
        var captured = step.Fields
            .Where(f => s.Values.ContainsKey(f.Id))
            .Select(f => new CapturedLine(f.Id, f.Label, f.Type, s.Values[f.Id]))
            .ToList();
        var open = ImmutableList<string>.Empty;
        if (outcome is StepOutcome.Current or StepOutcome.Skipped)
        {
            open = open.AddRange(step.Checklist.Where(c => !s.Checked.Contains(c.Id)).Select(c => c.Text));
            open = open.AddRange(step.Fields.Where(f => f.Required && !s.Values.ContainsKey(f.Id)).Select(f => f.Label));
        }
        else if (outcome == StepOutcome.Completed)
        {
            open = open.AddRange(step.Checklist.Where(c => !c.Required && !s.Checked.Contains(c.Id)).Select(c => c.Text));
        }

        var decision = s.DecisionId is { } id ? step.Decision?.Options.FirstOrDefault(o => o.Id == id)?.Label : null;
        return new StepLine(number, step, outcome, s.CompletedBy, s.CompletedAt, s.SkipReason, s.Assignee, s.DueAt, captured, decision, open, s.Visits);
    }
}
