using System.Text.Json.Serialization;

namespace WfTeams.Core.Processes;

[JsonConverter(typeof(JsonStringEnumConverter<TemplateStatus>))]
public enum TemplateStatus
{
    [JsonStringEnumMemberName("draft")] Draft,
    [JsonStringEnumMemberName("released")] Released,
    [JsonStringEnumMemberName("archived")] Archived,
}
