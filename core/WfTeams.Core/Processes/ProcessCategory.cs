using System.Text.Json.Serialization;

namespace WfTeams.Core.Processes;

[JsonConverter(typeof(JsonStringEnumConverter<ProcessCategory>))]
public enum ProcessCategory
{
    [JsonStringEnumMemberName("core")] Core,
    [JsonStringEnumMemberName("management")] Management,
    [JsonStringEnumMemberName("support")] Support,
}
