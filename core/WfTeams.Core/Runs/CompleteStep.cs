using System.Collections.Immutable;

namespace WfTeams.Core.Runs;

/// <summary>
/// Submit the current step: checklist toggles (ticked or not; items not on the card keep their state),
/// captured values (raw text from the card; fields not on the card keep their value) and the decision.
/// </summary>
public sealed record CompleteStep : CaseCommand
{
    public ImmutableDictionary<string, bool> Ticks { get; init; } = ImmutableDictionary<string, bool>.Empty;
    public ImmutableDictionary<string, string> Values { get; init; } = ImmutableDictionary<string, string>.Empty;
    public string? DecisionId { get; init; }
}
