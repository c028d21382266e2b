using System.Text.Json;
using System.Text.Json.Serialization;

namespace WfTeams.Core.Runs;

/// <summary>How case states and events are stored: compact camelCase JSON.</summary>
public static class CaseJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Converters = { new JsonStringEnumConverter() },
    };
}
