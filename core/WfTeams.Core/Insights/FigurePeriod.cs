using System.Globalization;

namespace WfTeams.Core.Insights;

/// <summary>
/// Whole calendar months, first to last inclusive ("yyyy-MM"), in the agencies' time zone: what the aggregates
/// are kept by. Written "2026" (a year), "2026-11" (a month), "2026-01..2026-06" (a range) or "12m" (the last twelve months, the default).
/// </summary>
public sealed record FigurePeriod(DateOnly First, DateOnly Last)
{
    public const int MaxMonths = 120;

    public string FirstMonth => First.ToString("yyyy-MM", CultureInfo.InvariantCulture);
    public string LastMonth => Last.ToString("yyyy-MM", CultureInfo.InvariantCulture);

    public int Months => ((Last.Year - First.Year) * 12) + Last.Month - First.Month + 1;

    public bool Contains(string month) =>
        string.CompareOrdinal(month, FirstMonth) >= 0 && string.CompareOrdinal(month, LastMonth) <= 0;

    public static FigurePeriod LastMonths(int months, DateTimeOffset now)
    {
        var local = Runs.CaseTime.Local(now);
        var last = new DateOnly(local.Year, local.Month, 1);
        return new FigurePeriod(last.AddMonths(1 - months), last);
    }

    /// <summary>From the month of <paramref name="from"/> to the month of <paramref name="to"/>; null when reversed or longer than <see cref="MaxMonths"/>.</summary>
    public static FigurePeriod? Between(DateOnly from, DateOnly to)
    {
        var period = new FigurePeriod(new DateOnly(from.Year, from.Month, 1), new DateOnly(to.Year, to.Month, 1));
        return period.Months is >= 1 and <= MaxMonths ? period : null;
    }

    /// <summary>Reads a period as the chat and the command line write it; null when it is none.</summary>
    public static FigurePeriod? Parse(string? text, DateTimeOffset now)
    {
        var value = (text ?? "").Trim().ToLowerInvariant();
        if (value.Length == 0)
        {
            return LastMonths(12, now);
        }

        if (value.EndsWith('m') && int.TryParse(value[..^1], NumberStyles.None, CultureInfo.InvariantCulture, out var count))
        {
            return count is >= 1 and <= MaxMonths ? LastMonths(count, now) : null;
        }

        var parts = value.Split("..", 2);
        if (parts.Length == 2)
        {
            return Month(parts[0]) is { } a && Month(parts[1]) is { } b ? Between(a, b) : null;
        }

        if (value.Length == 4 && int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year is >= 2000 and <= 2999)
        {
            return new FigurePeriod(new DateOnly(year, 1, 1), new DateOnly(year, 12, 1));
        }

        return Month(value) is { } month ? new FigurePeriod(month, month) : null;
    }

    private static DateOnly? Month(string text) =>
        DateOnly.TryParseExact(text.Trim(), "yyyy-MM", CultureInfo.InvariantCulture, DateTimeStyles.None, out var month) ? month : null;

    public override string ToString() => FirstMonth == LastMonth ? FirstMonth : FirstMonth + ".." + LastMonth;
}
