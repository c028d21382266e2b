using System.Globalization;
using System.Text;
using WfTeams.Core.Processes;

namespace WfTeams.Core.Capture;

/// <summary>Ids from titles, as people would write them: "Anliegen & Maßnahmen" → "anliegen-massnahmen".</summary>
public static class Slug
{
    public static string From(string text)
    {
        var builder = new StringBuilder();
        foreach (var c in text.ToLowerInvariant())
        {
            var part = c switch
            {
                'ä' => "ae", 'ö' => "oe", 'ü' => "ue", 'ß' => "ss",
                _ when char.IsAsciiLetterOrDigit(c) => c.ToString(),
                _ => Plain(c),
            };
            builder.Append(part);
        }

        var slug = string.Join('-', builder.ToString().Split('-', StringSplitOptions.RemoveEmptyEntries));
        if (slug.Length > TemplateLimits.IdLength)
        {
            slug = slug[..TemplateLimits.IdLength].TrimEnd('-');
        }

        return slug.Length > 0 && char.IsAsciiLetter(slug[0]) ? slug : ("x-" + slug).TrimEnd('-');
    }

    /// <summary>A slug not yet in <paramref name="taken"/>: "termin", "termin-2", …</summary>
    public static string Unique(string text, ISet<string> taken)
    {
        var slug = From(text);
        var candidate = slug;
        for (var n = 2; !taken.Add(candidate); n++)
        {
            var suffix = "-" + n.ToString(CultureInfo.InvariantCulture);
            candidate = slug[..Math.Min(slug.Length, TemplateLimits.IdLength - suffix.Length)] + suffix;
        }

        return candidate;
    }

    /// <summary>Letters with accents lose them (é → e); everything else separates words.</summary>
    private static string Plain(char c)
    {
        var decomposed = c.ToString().Normalize(NormalizationForm.FormD);
        return decomposed.Length > 0 && char.IsAsciiLetter(decomposed[0]) ? decomposed[0].ToString() : "-";
    }
}
