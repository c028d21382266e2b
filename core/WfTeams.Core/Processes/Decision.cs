using System.ComponentModel.DataAnnotations;

namespace WfTeams.Core.Processes;

/// <summary>A question whose answer chooses the next step; options may lead back (loops).</summary>
public sealed record Decision
{
    [MaxLength(TemplateLimits.ShortText)] public required string Question { get; init; }
    [MaxLength(TemplateLimits.DecisionOptions)] public required IReadOnlyList<DecisionOption> Options { get; init; }
}
