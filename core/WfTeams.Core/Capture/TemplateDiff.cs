using System.Text.Json;
using System.Text.Json.Nodes;
using WfTeams.Core.Processes;

namespace WfTeams.Core.Capture;

/// <summary>
/// Field by field, what a draft changes against the released version: the two templates' JSON compared
/// leaf by leaf (steps by id, so a moved step shows as moved, not as every field changed). Version, status
/// and change history are left out: they change on every release.
/// </summary>
public static class TemplateDiff
{
    private static readonly HashSet<string> Ignored = ["version", "status", "changeHistory"];

    public static IReadOnlyList<TemplateDifference> Compare(ProcessTemplate? released, ProcessTemplate draft)
    {
        var differences = new List<TemplateDifference>();
        Walk("$", released is null ? null : Tree(released), Tree(draft), differences);
        return differences;
    }

    private static JsonObject Tree(ProcessTemplate template)
    {
        var tree = JsonNode.Parse(TemplateJson.SerializeToUtf8Bytes(template, indented: false))!.AsObject();
        foreach (var name in Ignored)
        {
            tree.Remove(name);
        }

        // Steps keyed by id: order changes are one difference ("steps order"), not all of them.
        if (tree["steps"] is JsonArray steps)
        {
            var order = string.Join(" → ", steps.Select(s => (string?)s!["id"]));
            var byId = new JsonObject();
            foreach (var step in steps.ToList())
            {
                steps.Remove(step);
                byId[(string)step!["id"]!] = step;
            }

            tree["steps"] = byId;
            tree["stepOrder"] = order;
        }

        return tree;
    }

    private static void Walk(string path, JsonNode? old, JsonNode? now, List<TemplateDifference> differences)
    {
        // A field added or removed whole is listed leaf by leaf, as the reviewer reads it.
        if (old is JsonObject or null && now is JsonObject or null && (old ?? now) is JsonObject)
        {
            var a = old as JsonObject ?? [];
            var b = now as JsonObject ?? [];
            foreach (var key in a.Select(p => p.Key).Union(b.Select(p => p.Key)))
            {
                Walk($"{path}.{key}", a[key], b[key], differences);
            }
        }
        else if (old is JsonArray or null && now is JsonArray or null && (old ?? now) is JsonArray && Objects(old) && Objects(now))
        {
            var x = old as JsonArray ?? [];
            var y = now as JsonArray ?? [];
            for (var i = 0; i < Math.Max(x.Count, y.Count); i++)
            {
                Walk($"{path}[{i}]", i < x.Count ? x[i] : null, i < y.Count ? y[i] : null, differences);
            }
        }
        else if (!JsonNode.DeepEquals(old, now))
        {
            differences.Add(new TemplateDifference(path, Text(old), Text(now)));
        }
    }

    private static bool Objects(JsonNode? node) => node is not JsonArray array || array.All(n => n is JsonObject);

    private static string? Text(JsonNode? node) => node switch
    {
        null => null,
        JsonValue value when value.GetValueKind() == JsonValueKind.String => value.GetValue<string>(),
        JsonArray array when array.All(n => n is JsonValue) => string.Join("; ", array.Select(n => n!.ToString())),
        _ => node.ToJsonString(),
    };
}
