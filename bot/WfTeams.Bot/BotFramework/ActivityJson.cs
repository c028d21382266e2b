using System.Text.Json;
using System.Text.Json.Serialization;

namespace WfTeams.Bot.BotFramework;

/// <summary>The System.Text.Json settings of the wire format: camelCase, no nulls.</summary>
public static class ActivityJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };
}
