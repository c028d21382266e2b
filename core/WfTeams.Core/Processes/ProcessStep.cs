using System.ComponentModel.DataAnnotations;

namespace WfTeams.Core.Processes;

/// <summary>
/// One step (Schritt). Without <see cref="Next"/>, <see cref="End"/> or a <see cref="Decision"/>
/// the process continues with the following step; the last step ends the process.
/// </summary>
public sealed record ProcessStep
{
    [MaxLength(TemplateLimits.IdLength)] public required string Id { get; init; }
    [MaxLength(TemplateLimits.ShortText)] public required string Title { get; init; }
    [MaxLength(TemplateLimits.LongText)] public string? Description { get; init; }
    [MaxLength(TemplateLimits.ShortText)] public required string Responsible { get; init; }
    [MaxLength(TemplateLimits.ListItems)] public IReadOnlyList<string> Contributors { get; init; } = [];
    [MaxLength(TemplateLimits.MediumText)] public string? Input { get; init; }
    [MaxLength(TemplateLimits.MediumText)] public string? Result { get; init; }
    [MaxLength(TemplateLimits.ListItems)] public IReadOnlyList<string> Tools { get; init; } = [];
    /// <summary>Typical duration as an ISO 8601 duration in days, weeks or hours: P5D, P2W, PT4H.</summary>
    [MaxLength(TemplateLimits.DurationLength)] public string? Duration { get; init; }
    /// <summary>The <see cref="Duration"/> counts working days (Monday to Friday, no public holidays; a week is five), not calendar days.</summary>
    public bool WorkingDays { get; init; }
    /// <summary>A deadline in words, where one applies ("innerhalb von 2 Werktagen nach Eingang").</summary>
    [MaxLength(TemplateLimits.ShortText)] public string? Deadline { get; init; }
    [MaxLength(TemplateLimits.ChecklistItems)] public IReadOnlyList<ChecklistItem> Checklist { get; init; } = [];
    [MaxLength(TemplateLimits.CaptureFields)] public IReadOnlyList<CaptureField> Fields { get; init; } = [];
    public Decision? Decision { get; init; }
    [MaxLength(TemplateLimits.ListItems)] public IReadOnlyList<DocumentReference> Links { get; init; } = [];
    [MaxLength(TemplateLimits.IdLength)] public string? Next { get; init; }
    public bool End { get; init; }
}
