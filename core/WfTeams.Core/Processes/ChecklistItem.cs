using System.ComponentModel.DataAnnotations;

namespace WfTeams.Core.Processes;

public sealed record ChecklistItem
{
    [MaxLength(TemplateLimits.IdLength)] public required string Id { get; init; }
    [MaxLength(TemplateLimits.MediumText)] public required string Text { get; init; }
    public bool Required { get; init; }
}
