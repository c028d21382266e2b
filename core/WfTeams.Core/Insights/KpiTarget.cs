using System.Globalization;
using System.Text.RegularExpressions;

namespace WfTeams.Core.Insights;

/// <summary>
/// The number in a KPI's target text and which way it points: "mind. 300 pro Jahr" (at least), "höchstens 10
/// Werktage" (at most), "50 Mio. €". A target "pro Jahr" / "per year" is scaled to the period's length.
/// </summary>
public sealed partial record KpiTarget(decimal Value, bool AtMost, bool PerYear)
{
    public static KpiTarget? Parse(string target)
    {
        var match = Number().Match(target);
        if (!match.Success)
        {
            return null;
        }

        // German notation first ("1.250,5"), then English ("1,250.5").
        var text = match.Groups["n"].Value;
        if (!decimal.TryParse(text, NumberStyles.Number, CultureInfo.GetCultureInfo("de"), out var value))
        {
            return null;
        }

        var scale = match.Groups["s"].Value.ToLowerInvariant() switch
        {
            "mio" or "mio." or "million" or "millionen" => 1_000_000m,
            "mrd" or "mrd." => 1_000_000_000m,
            "tsd" or "tsd." or "tausend" => 1_000m,
            _ => 1m,
        };
        var lower = target.ToLowerInvariant();
        var atMost = lower.Contains("höchstens", StringComparison.Ordinal) || lower.Contains("max", StringComparison.Ordinal)
            || lower.Contains('≤') || lower.Contains("<=", StringComparison.Ordinal) || lower.Contains("at most", StringComparison.Ordinal)
            || lower.Contains("unter", StringComparison.Ordinal) || lower.Contains("below", StringComparison.Ordinal);
        var perYear = lower.Contains("pro jahr", StringComparison.Ordinal) || lower.Contains("per year", StringComparison.Ordinal)
            || lower.Contains("jährlich", StringComparison.Ordinal) || lower.Contains("/jahr", StringComparison.Ordinal);
        return new KpiTarget(value * scale, atMost, perYear);
    }

    /// <summary>Green when reached, amber within 10 % of the target, red otherwise; per-year targets pro rata over <paramref name="months"/>.</summary>
    public KpiStatus Rate(decimal actual, int months)
    {
        var target = PerYear ? Value * months / 12m : Value;
        if (AtMost)
        {
            return actual <= target ? KpiStatus.Green : actual <= target * 1.1m ? KpiStatus.Amber : KpiStatus.Red;
        }

        return actual >= target ? KpiStatus.Green : actual >= target * 0.9m ? KpiStatus.Amber : KpiStatus.Red;
    }

    [GeneratedRegex(@"(?<n>\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?)\s*(?<s>Mio\.?|Mrd\.?|Tsd\.?|Millionen|Million|tausend)?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Number();
}
