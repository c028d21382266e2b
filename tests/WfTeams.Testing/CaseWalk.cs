using WfTeams.Core.Processes;
using WfTeams.Core.Runs;
using static WfTeams.Testing.CaseFactory;

namespace WfTeams.Testing;

/// <summary>Cases walked through <see cref="CaseFlow"/> in memory as the bot would, for case report tests and benchmarks: finished, cancelled, open.</summary>
public static class CaseWalk
{
    public static readonly DateTimeOffset StartedAt = new(2026, 11, 2, 8, 30, 0, TimeSpan.Zero);

    public const string SkipReason = "Unternehmen hat bereits ein Grundstück";
    public const string CancelReason = "Unternehmen hat sich für einen anderen Standort entschieden";

    /// <summary>
    /// The case walked by Anna and Ben in turns, one hour a step, the first option of every decision
    /// on a step's first visit and a forward option on the next (a loop is walked once);
    /// the step at <paramref name="skipAt"/> (if it has no decision) skipped; stopped (open) after
    /// <paramref name="stopAfter"/> steps, or cancelled there when <paramref name="cancel"/>.
    /// </summary>
    public static CaseState Walk(ProcessTemplate template, string subject = "Müller & Söhne GmbH", int skipAt = -1, int stopAfter = int.MaxValue, bool cancel = false)
    {
        var state = CaseFlow.Start(Start("t1", template.Id, subject: subject, conversation: "19:gruppe@thread.v2", shared: true), template, "case1", StartedAt).State;
        var now = StartedAt;
        for (var i = 0; state.IsOpen && i < 5000; i++)
        {
            now = now.AddHours(1);
            var actor = i % 2 == 0 ? Anna : Ben;
            if (i == stopAfter)
            {
                return cancel ? Applied(CaseFlow.Apply(state, template, On(new CancelCase { Tenant = "", Actor = actor, ActivityId = "", CaseId = "", Reason = CancelReason }, state, actor), now)) : state;
            }

            var step = template.Steps.First(s => s.Id == state.CurrentStepId);
            CaseCommand command = i == skipAt && step.Decision is null
                ? On(new SkipStep { Tenant = "", Actor = actor, ActivityId = "", CaseId = "", Reason = SkipReason }, state, actor)
                : Complete(state, template, Decide(template, step, state.Step(step.Id).Visits), actor);
            state = Applied(CaseFlow.Apply(state, template, command, now));
        }

        return state;
    }

    private static string? Decide(ProcessTemplate template, ProcessStep step, int visits)
    {
        if (step.Decision is not { } decision)
        {
            return null;
        }

        var here = CaseFlow.IndexOf(template, step.Id);
        return visits <= 1 ? decision.Options[0].Id
            : (decision.Options.FirstOrDefault(o => o.End || (o.Next is { } next && CaseFlow.IndexOf(template, next) > here)) ?? decision.Options[0]).Id;
    }

    private static CaseState Applied(CaseOutcome outcome) => outcome is CaseApplied applied ? applied.State : throw new InvalidOperationException(outcome.ToString());
}
