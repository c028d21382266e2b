using System.Text.Json.Serialization;

namespace WfTeams.Core.Processes;

[JsonConverter(typeof(JsonStringEnumConverter<InterfaceDirection>))]
public enum InterfaceDirection
{
    [JsonStringEnumMemberName("upstream")] Upstream,
    [JsonStringEnumMemberName("downstream")] Downstream,
}
