using System.ComponentModel.DataAnnotations;

namespace WfTeams.Core.Processes;

public sealed record ProcessInterface
{
    public required InterfaceDirection Direction { get; init; }
    [MaxLength(TemplateLimits.ShortText)] public required string Process { get; init; }
    [MaxLength(TemplateLimits.MediumText)] public string? Description { get; init; }
}
