using System.ComponentModel.DataAnnotations;

namespace WfTeams.Core.Processes;

public sealed record Participant
{
    [MaxLength(TemplateLimits.ShortText)] public required string Role { get; init; }
    [MaxLength(TemplateLimits.MediumText)] public string? Task { get; init; }
}
