using System.ComponentModel.DataAnnotations;

namespace WfTeams.Core.Processes;

public sealed record Risk
{
    [MaxLength(TemplateLimits.MediumText)] public required string Description { get; init; }
    [MaxLength(TemplateLimits.MediumText)] public string? Control { get; init; }
}
