using System.ComponentModel.DataAnnotations;

namespace WfTeams.Core.Processes;

public sealed record Kpi
{
    [MaxLength(TemplateLimits.ShortText)] public required string Name { get; init; }
    [MaxLength(TemplateLimits.ShortText)] public required string Target { get; init; }
    [MaxLength(TemplateLimits.MediumText)] public string? Measurement { get; init; }
}
