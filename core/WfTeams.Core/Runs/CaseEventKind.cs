using System.Text.Json.Serialization;

namespace WfTeams.Core.Runs;

[JsonConverter(typeof(JsonStringEnumConverter<CaseEventKind>))]
public enum CaseEventKind
{
    Started,
    Completed,
    Saved,
    Back,
    Skipped,
    Assigned,
    Paused,
    Resumed,
    Cancelled,
}
