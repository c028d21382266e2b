namespace WfTeams.Core.Insights;

/// <summary>A KPI's actual against its target: green reached, amber within 10 %, red further off.</summary>
public enum KpiStatus
{
    /// <summary>The KPI names no capture field: shown with its target as "nicht automatisch gemessen".</summary>
    NotMeasured,

    /// <summary>Measured, but no finished case in the period carries the field.</summary>
    NoData,

    /// <summary>Measured; the target has no number to compare with.</summary>
    NoTarget,

    Green,
    Amber,
    Red,
}
