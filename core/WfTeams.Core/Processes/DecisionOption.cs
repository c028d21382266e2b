using System.ComponentModel.DataAnnotations;

namespace WfTeams.Core.Processes;

/// <summary>An answer: leads to the step <see cref="Next"/>, or ends the process when <see cref="End"/>.</summary>
public sealed record DecisionOption
{
    [MaxLength(TemplateLimits.IdLength)] public required string Id { get; init; }
    [MaxLength(TemplateLimits.ShortText)] public required string Label { get; init; }
    [MaxLength(TemplateLimits.IdLength)] public string? Next { get; init; }
    public bool End { get; init; }
}
