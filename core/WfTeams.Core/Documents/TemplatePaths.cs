using System.Globalization;
using System.Text.Json.Nodes;

namespace WfTeams.Core.Documents;

/// <summary>
/// Paths of a profile's controls (<c>steps[3].checklist[1].text</c>) on a template's JSON, and the
/// lists a Word user may add items to or remove items from.
/// </summary>
internal static class TemplatePaths
{
    /// <summary>
    /// Lists whose items are free text (copy an item to add one, delete it to remove it). Not the
    /// steps, capture fields, decision answers or change history: they carry ids, flow or history
    /// that Word does not show.
    /// </summary>
    private static readonly HashSet<string> EditableLists = new(StringComparer.Ordinal)
    {
        "inputs", "outputs", "participants", "interfaces", "itSystems", "legalBasis", "kpis", "risks", "documents",
        "steps[].contributors", "steps[].tools", "steps[].checklist", "steps[].links", "steps[].fields[].options",
    };

    /// <summary>
    /// Whether a list item's property is left out of the profile, so its missing control is no deletion: a KPI's
    /// <c>field</c> and <c>aggregate</c> (how it is measured from the cases; edited in the template file).
    /// </summary>
    public static bool NotShown(string list, string property) => list == "kpis" && property is "field" or "aggregate";

    /// <summary>Looks a list's shape up without making a string of it: 7,000 controls ask once each.</summary>
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> EditableShapes = EditableLists.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The editable list an item path lies in: (<c>steps[2].checklist</c>, 1, <c>text</c>), or null.</summary>
    public static (string List, int Index, string Property)? ListItem(string path)
    {
        var buffer = path.Length <= 256 ? stackalloc char[path.Length] : new char[path.Length];
        for (var open = path.LastIndexOf('['); open > 0; open = path.LastIndexOf('[', open - 1))
        {
            if (!EditableShapes.Contains(Shape(path.AsSpan(0, open), buffer)))
            {
                continue;
            }

            var close = path.IndexOf(']', open);
            if (close < 0 || !int.TryParse(path.AsSpan(open + 1, close - open - 1), NumberStyles.None, CultureInfo.InvariantCulture, out var index))
            {
                return null;
            }

            var rest = path[(close + 1)..].TrimStart('.');
            return (path[..open], index, rest);
        }

        return null;
    }

    /// <summary>Whether <see cref="ListItem"/> finds an editable list item in <paramref name="path"/>, without making its parts.</summary>
    public static bool IsListItem(string path)
    {
        var buffer = path.Length <= 256 ? stackalloc char[path.Length] : new char[path.Length];
        for (var open = path.LastIndexOf('['); open > 0; open = path.LastIndexOf('[', open - 1))
        {
            if (!EditableShapes.Contains(Shape(path.AsSpan(0, open), buffer)))
            {
                continue;
            }

            var close = path.IndexOf(']', open);
            return close >= 0 && int.TryParse(path.AsSpan(open + 1, close - open - 1), NumberStyles.None, CultureInfo.InvariantCulture, out _);
        }

        return false;
    }

    /// <summary>The path with its indexes left out (<c>steps[2].checklist</c> → <c>steps[].checklist</c>), as the regex <c>\[\d+\]</c> → <c>[]</c> would.</summary>
    private static ReadOnlySpan<char> Shape(ReadOnlySpan<char> path, Span<char> buffer)
    {
        var length = 0;
        for (var i = 0; i < path.Length;)
        {
            if (path[i] == '[')
            {
                var end = i + 1;
                while (end < path.Length && char.IsDigit(path[end]))
                {
                    end++;
                }

                if (end > i + 1 && end < path.Length && path[end] == ']')
                {
                    buffer[length++] = '[';
                    buffer[length++] = ']';
                    i = end + 1;
                    continue;
                }
            }

            buffer[length++] = path[i++];
        }

        return buffer[..length];
    }

    public static IEnumerable<string> EditableListPaths(JsonNode root)
    {
        var steps = root["steps"]?.AsArray() ?? [];
        return EditableListPaths(steps.Count, i => steps[i]?["fields"]?.AsArray().Count ?? 0);
    }

    /// <summary>The editable lists of a template with <paramref name="steps"/> steps, each with <paramref name="fields"/> capture fields.</summary>
    public static IEnumerable<string> EditableListPaths(int steps, Func<int, int> fields)
    {
        foreach (var name in EditableLists.Where(l => !l.Contains('.', StringComparison.Ordinal)))
        {
            yield return name;
        }

        for (var i = 0; i < steps; i++)
        {
            var step = $"steps[{i}]";
            yield return step + ".contributors";
            yield return step + ".tools";
            yield return step + ".checklist";
            yield return step + ".links";
            var count = fields(i);
            for (var f = 0; f < count; f++)
            {
                yield return $"{step}.fields[{f}].options";
            }
        }
    }

    public static JsonNode? Get(JsonNode? node, string path)
    {
        // Segment by segment without splitting the path: the reader asks this for every control.
        var rest = path.AsSpan();
        while (true)
        {
            var dot = rest.IndexOf('.');
            var (name, index) = Segment(dot < 0 ? rest : rest[..dot]);
            node = node is JsonObject o && o.TryGetPropertyValue(name, out var child) ? child : null;
            if (index >= 0)
            {
                node = node is JsonArray a && index < a.Count ? a[index] : null;
            }

            if (node is null || dot < 0)
            {
                return node;
            }

            rest = rest[(dot + 1)..];
        }
    }

    /// <summary>Sets (or, with null, removes) the value at <paramref name="path"/>; false when its parent does not exist.</summary>
    public static bool Set(JsonNode root, string path, JsonNode? value)
    {
        var dot = path.LastIndexOf('.');
        var parent = dot < 0 ? root : Get(root, path[..dot]);
        var (name, index) = Segment(dot < 0 ? path : path.AsSpan(dot + 1));
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

    public static (string Name, int Index) Segment(ReadOnlySpan<char> segment)
    {
        var open = segment.IndexOf('[');
        return open > 0 && segment.EndsWith(']') && int.TryParse(segment[(open + 1)..^1], NumberStyles.None, CultureInfo.InvariantCulture, out var index)
            ? (segment[..open].ToString(), index)
            : (segment.ToString(), -1);
    }
}
