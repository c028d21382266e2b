using System.Globalization;
using System.Text.RegularExpressions;
using WfTeams.Core.Processes;

namespace WfTeams.Core.Capture;

/// <summary>A duration as people type it ("2 Std", "3 Tage", "6 Wochen") or as ISO 8601 (PT2H, P3D, P6W).</summary>
public static partial class DurationText
{
    /// <summary>The ISO form, "" for nothing, null when not understood.</summary>
    public static string? Parse(string text)
    {
        var trimmed = text.Trim();
        if (trimmed.Length == 0)
        {
            return "";
        }

        if (TemplateValidator.IsDuration(trimmed.ToUpperInvariant()))
        {
            return trimmed.ToUpperInvariant();
        }

        var match = Words().Match(trimmed);
        if (!match.Success || !int.TryParse(match.Groups["n"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) || n is < 1 or > 9999)
        {
            return null;
        }

        return match.Groups["unit"].Value.ToLowerInvariant()[0] switch
        {
            'h' or 's' => $"PT{n}H",
            'd' or 't' => $"P{n}D",
            _ => $"P{n}W",
        };
    }

    [GeneratedRegex(@"^(?<n>\d+)\s*(?<unit>h|std\.?|stunden?|hours?|d|tage?n?|days?|w|wochen?|weeks?)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Words();
}
