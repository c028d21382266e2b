namespace WfTeams.Core.Insights;

/// <summary>
/// How far the projection of one case got (its checkpoint) and what later events need from earlier ones:
/// where the case is, since when, what was decided and captured. Stored beside the aggregates it changes.
/// </summary>
public sealed class CaseProgress
{
    /// <summary>The last event applied; 0 = none.</summary>
    public int Sequence { get; set; }

    public int TemplateVersion { get; set; }
    public DateTimeOffset StartedAt { get; set; }
    public bool Closed { get; set; }
    public string? CurrentStepId { get; set; }
    public DateTimeOffset? EnteredAt { get; set; }
    public DateTimeOffset? DueAt { get; set; }
    public DateTimeOffset? AssignedAt { get; set; }
    public List<string> Decisions { get; init; } = [];
    public SortedSet<string> Visited { get; init; } = new(StringComparer.Ordinal);

    /// <summary>The latest value of each capture field a KPI measures.</summary>
    public SortedDictionary<string, string> Values { get; init; } = new(StringComparer.Ordinal);
}
