using System.Text.Json.Serialization;

namespace WfTeams.Core.Runs;

[JsonConverter(typeof(JsonStringEnumConverter<CaseStatus>))]
public enum CaseStatus
{
    Active,
    Paused,
    Finished,
    Cancelled,
}
