using System.ComponentModel.DataAnnotations;

namespace WfTeams.Core.Processes;

public sealed record CaptureField
{
    [MaxLength(TemplateLimits.IdLength)] public required string Id { get; init; }
    [MaxLength(TemplateLimits.ShortText)] public required string Label { get; init; }
    public required FieldType Type { get; init; }
    public bool Required { get; init; }
    [MaxLength(TemplateLimits.MediumText)] public string? Help { get; init; }
    /// <summary>The choices of a <see cref="FieldType.Choice"/> field.</summary>
    [MaxLength(TemplateLimits.ChoiceOptions)] public IReadOnlyList<string> Options { get; init; } = [];
}
