using System.Text.Json.Serialization;

namespace WfTeams.Core.Capture;

[JsonConverter(typeof(JsonStringEnumConverter<DraftStatus>))]
public enum DraftStatus
{
    [JsonStringEnumMemberName("capturing")] Capturing,
    [JsonStringEnumMemberName("inReview")] InReview,
    [JsonStringEnumMemberName("released")] Released,
}
