using System.Collections.Immutable;

namespace WfTeams.Core.Runs;

/// <summary>What the user entered on a step card, kept to show the card again.</summary>
public sealed record StepDraft(ImmutableList<string> Checked, ImmutableDictionary<string, string> Values, string? DecisionId = null, string? Reason = null);
