using System.ComponentModel.DataAnnotations;
using System.Text.Json.Serialization;

namespace WfTeams.Core.Processes;

/// <summary>
/// A process template (Prozessvorlage): the Prozesssteckbrief fields plus the steps.
/// One instance is one immutable version; its status lives beside it in storage.
/// </summary>
public sealed record ProcessTemplate
{
    [MaxLength(TemplateLimits.IdLength)] public required string Id { get; init; }
    public required int Version { get; init; }
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)] public TemplateStatus Status { get; init; }
    [MaxLength(TemplateLimits.ShortText)] public required string Name { get; init; }
    /// <summary>The agency's own short reference (Kürzel), e.g. "KP-01".</summary>
    [MaxLength(TemplateLimits.IdLength)] public string? Code { get; init; }
    public DateOnly? ValidFrom { get; init; }
    public ProcessCategory? Category { get; init; }
    [MaxLength(TemplateLimits.ShortText)] public required string Owner { get; init; }
    [MaxLength(TemplateLimits.LongText)] public required string Goal { get; init; }
    [MaxLength(TemplateLimits.LongText)] public string? Scope { get; init; }
    [MaxLength(TemplateLimits.LongText)] public required string Trigger { get; init; }
    [MaxLength(TemplateLimits.ListItems)] public IReadOnlyList<ProcessInput> Inputs { get; init; } = [];
    [MaxLength(TemplateLimits.LongText)] public required string Result { get; init; }
    [MaxLength(TemplateLimits.ListItems)] public IReadOnlyList<ProcessOutput> Outputs { get; init; } = [];
    [MaxLength(TemplateLimits.ListItems)] public IReadOnlyList<Participant> Participants { get; init; } = [];
    [MaxLength(TemplateLimits.ListItems)] public IReadOnlyList<ProcessInterface> Interfaces { get; init; } = [];
    [MaxLength(TemplateLimits.ListItems)] public IReadOnlyList<string> ItSystems { get; init; } = [];
    [MaxLength(TemplateLimits.ListItems)] public IReadOnlyList<string> LegalBasis { get; init; } = [];
    [MaxLength(TemplateLimits.ListItems)] public IReadOnlyList<Kpi> Kpis { get; init; } = [];
    [MaxLength(TemplateLimits.ListItems)] public IReadOnlyList<Risk> Risks { get; init; } = [];
    [MaxLength(TemplateLimits.ListItems)] public IReadOnlyList<DocumentReference> Documents { get; init; } = [];
    [MaxLength(TemplateLimits.MaxSteps)] public required IReadOnlyList<ProcessStep> Steps { get; init; }
    [MaxLength(TemplateLimits.ListItems)] public IReadOnlyList<ChangeEntry> ChangeHistory { get; init; } = [];
}
