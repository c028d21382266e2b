using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using WfTeams.Core.Capture;

namespace WfTeams.Core.Chat;

/// <summary>A capture card's untrusted data read strictly: the draft, the revision the card showed, the step, the inputs as text.</summary>
public sealed record CaptureInput(string DraftId, int Revision, int? Step, bool Finish, IReadOnlyDictionary<string, string> Values)
{
    public string Text(string name) => Values.TryGetValue(name, out var value) ? value : "";

    public static CaptureInput? Read(JsonNode? data)
    {
        if (data is not JsonObject o || o.Count > CardAction.MaxInputs)
        {
            return null;
        }

        var id = o["draftId"] is JsonValue v && v.TryGetValue<string>(out var text) ? text : "";
        if (id.Length is 0 or > 100 || !id.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_') || Number(o["revision"]) is not { } revision)
        {
            return null;
        }

        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, node) in o)
        {
            if (node is JsonValue value && value.GetValueKind() == JsonValueKind.String)
            {
                var s = value.GetValue<string>();
                if (s.Length > MasterQuestions.ListChars)
                {
                    return null;
                }

                values[key] = s;
            }
        }

        var finish = o["finish"] is JsonValue f && (f.GetValueKind() == JsonValueKind.True || f.ToString() == "true");
        return new CaptureInput(id, revision, Number(o["step"]), finish, values);
    }

    private static int? Number(JsonNode? node) => node switch
    {
        JsonValue v when v.TryGetValue<int>(out var n) => n,
        JsonValue v when v.TryGetValue<string>(out var s) && int.TryParse(s, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n) => n,
        _ => null,
    };
}
