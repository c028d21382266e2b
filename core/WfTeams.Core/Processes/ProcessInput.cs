using System.ComponentModel.DataAnnotations;

namespace WfTeams.Core.Processes;

public sealed record ProcessInput
{
    [MaxLength(TemplateLimits.MediumText)] public required string Description { get; init; }
    [MaxLength(TemplateLimits.ShortText)] public string? Supplier { get; init; }
}
