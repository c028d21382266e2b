using System.ComponentModel.DataAnnotations;

namespace WfTeams.Core.Processes;

public sealed record Kpi
{
    [MaxLength(TemplateLimits.ShortText)] public required string Name { get; init; }
    [MaxLength(TemplateLimits.ShortText)] public required string Target { get; init; }
    [MaxLength(TemplateLimits.MediumText)] public string? Measurement { get; init; }

    /// <summary>The capture field that measures the KPI (a field id of any step); without it the KPI is not measured automatically.</summary>
    [MaxLength(TemplateLimits.ShortText)] public string? Field { get; init; }

    /// <summary>How <see cref="Field"/> is combined over the finished cases; required with a field.</summary>
    public KpiAggregate? Aggregate { get; init; }
}
