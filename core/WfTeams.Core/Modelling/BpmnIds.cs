using System.Globalization;
using System.Text;

namespace WfTeams.Core.Modelling;

/// <summary>Ids of the template format (a-z, 0-9, hyphen) made from BPMN ids and names, unique within their template or decision.</summary>
internal static class BpmnIds
{
    public static string Slug(string text, string fallback)
    {
        var builder = new StringBuilder();
        foreach (var c in text.ToLowerInvariant())
        {
            var part = c switch
            {
                'ä' => "ae",
                'ö' => "oe",
                'ü' => "ue",
                'ß' => "ss",
                >= 'a' and <= 'z' or >= '0' and <= '9' => c.ToString(),
                _ => "-",
            };
            if (part == "-" && (builder.Length == 0 || builder[^1] == '-'))
            {
                continue;
            }

            builder.Append(part);
        }

        var slug = builder.ToString().Trim('-');
        if (slug.Length > 50)
        {
            slug = slug[..50].TrimEnd('-');
        }

        return slug.Length == 0 ? fallback : slug;
    }

    /// <summary><paramref name="id"/>, or with -2, -3, … when taken; added to <paramref name="taken"/>.</summary>
    public static string Unique(string id, HashSet<string> taken)
    {
        var candidate = id;
        for (var n = 2; !taken.Add(candidate); n++)
        {
            candidate = $"{id}-{n.ToString(CultureInfo.InvariantCulture)}";
        }

        return candidate;
    }
}
