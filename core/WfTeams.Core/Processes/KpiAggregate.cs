using System.Text.Json.Serialization;

namespace WfTeams.Core.Processes;

/// <summary>How a measured KPI combines one capture field over the cases finished in a period.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<KpiAggregate>))]
public enum KpiAggregate
{
    /// <summary>Finished cases in which the field has a value.</summary>
    [JsonStringEnumMemberName("count")] Count,

    /// <summary>The sum of the field's numbers over the finished cases.</summary>
    [JsonStringEnumMemberName("sum")] Sum,

    /// <summary>The mean of the field's numbers over the finished cases that have one.</summary>
    [JsonStringEnumMemberName("average")] Average,
}
