using System.ComponentModel.DataAnnotations;

namespace WfTeams.Core.Processes;

public sealed record ChangeEntry
{
    public required int Version { get; init; }
    public required DateOnly Date { get; init; }
    [MaxLength(TemplateLimits.ShortText)] public required string Author { get; init; }
    [MaxLength(TemplateLimits.MediumText)] public required string Change { get; init; }
}
