using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace WfTeams.Core.Documents;

/// <summary>
/// Paths of a profile's controls (<c>steps[3].checklist[1].text</c>) on a template's JSON, and the
/// lists a Word user may add items to or remove items from.
/// </summary>
internal static partial class TemplatePaths
{
    /// <summary>
    /// Lists whose items are free text (copy an item to add one, delete it to remove it). Not the
    /// steps, capture fields, decision answers or change history: they carry ids, flow or history
    /// that Word does not show.
    /// </summary>
    private static readonly HashSet<string> EditableLists =
    [
        "inputs", "outputs", "participants", "interfaces", "itSystems", "legalBasis", "kpis", "risks", "documents",
        "steps[].contributors", "steps[].tools", "steps[].checklist", "steps[].links", "steps[].fields[].options",
    ];

    /// <summary>The editable list an item path lies in: (<c>steps[2].checklist</c>, 1, <c>text</c>), or null.</summary>
    public static (string List, int Index, string Property)? ListItem(string path)
    {
        for (var open = path.LastIndexOf('['); open > 0; open = path.LastIndexOf('[', open - 1))
        {
            var list = path[..open];
            if (!EditableLists.Contains(Index().Replace(list, "[]")))
            {
                continue;
            }

            var close = path.IndexOf(']', open);
            if (close < 0 || !int.TryParse(path.AsSpan(open + 1, close - open - 1), NumberStyles.None, CultureInfo.InvariantCulture, out var index))
            {
                return null;
            }

            var rest = path[(close + 1)..].TrimStart('.');
            return (list, index, rest);
        }

        return null;
    }

    public static IEnumerable<string> EditableListPaths(JsonNode root)
    {
        foreach (var name in EditableLists.Where(l => !l.Contains('.', StringComparison.Ordinal)))
        {
            yield return name;
        }

        var steps = root["steps"]?.AsArray() ?? [];
        for (var i = 0; i < steps.Count; i++)
        {
            var step = $"steps[{i}]";
            yield return step + ".contributors";
            yield return step + ".tools";
            yield return step + ".checklist";
            yield return step + ".links";
            var fields = steps[i]?["fields"]?.AsArray() ?? [];
            for (var f = 0; f < fields.Count; f++)
            {
                yield return $"{step}.fields[{f}].options";
            }
        }
    }

    public static JsonNode? Get(JsonNode? node, string path)
    {
        foreach (var (name, index) in Segments(path))
        {
            node = node is JsonObject o && o.TryGetPropertyValue(name, out var child) ? child : null;
            if (index >= 0)
            {
                node = node is JsonArray a && index < a.Count ? a[index] : null;
            }

            if (node is null)
            {
                return null;
            }
        }

        return node;
    }

    /// <summary>Sets (or, with null, removes) the value at <paramref name="path"/>; false when its parent does not exist.</summary>
    public static bool Set(JsonNode root, string path, JsonNode? value)
    {
        var dot = path.LastIndexOf('.');
        var parent = dot < 0 ? root : Get(root, path[..dot]);
        var (name, index) = Segments(dot < 0 ? path : path[(dot + 1)..]).Single();
        if (parent is not JsonObject o)
        {
            return false;
        }

        if (index >= 0)
        {
            if (o[name] is not JsonArray a || index >= a.Count)
            {
                return false;
            }

            a[index] = value;
            return true;
        }

        if (value is null)
        {
            o.Remove(name);
        }
        else
        {
            o[name] = value;
        }

        return true;
    }

    public static string Item(string list, int index) => string.Create(CultureInfo.InvariantCulture, $"{list}[{index}]");

    private static IEnumerable<(string Name, int Index)> Segments(string path)
    {
        foreach (var segment in path.Split('.'))
        {
            var open = segment.IndexOf('[');
            if (open > 0 && segment.EndsWith(']') && int.TryParse(segment.AsSpan(open + 1, segment.Length - open - 2), NumberStyles.None, CultureInfo.InvariantCulture, out var index))
            {
                yield return (segment[..open], index);
            }
            else
            {
                yield return (segment, -1);
            }
        }
    }

    [GeneratedRegex(@"\[\d+\]")]
    private static partial Regex Index();
}
