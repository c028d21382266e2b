using System.Text.Json.Serialization;

namespace WfTeams.Core.Processes;

[JsonConverter(typeof(JsonStringEnumConverter<FieldType>))]
public enum FieldType
{
    [JsonStringEnumMemberName("text")] Text,
    [JsonStringEnumMemberName("multiline")] Multiline,
    [JsonStringEnumMemberName("number")] Number,
    [JsonStringEnumMemberName("date")] Date,
    [JsonStringEnumMemberName("choice")] Choice,
    [JsonStringEnumMemberName("yesNo")] YesNo,
    [JsonStringEnumMemberName("person")] Person,
    [JsonStringEnumMemberName("link")] Link,
}
