using System.Globalization;
using WfTeams.Core.Resources;

namespace WfTeams.Core.Insights;

/// <summary>
/// The period a report is asked for by its first and last day (<c>--from</c>/<c>--to</c>, <c>?from=&amp;to=</c>, YYYY-MM-DD): the
/// whole months from the one to the other. Neither: the last 12 months; only the first: up to today; only the last: that month.
/// One reading for the command line and HTTP, with one message per problem.
/// </summary>
public static class ReportPeriod
{
    /// <returns>The period, or null and what is wrong in <paramref name="culture"/>'s words, naming the parameter.</returns>
    public static (FigurePeriod? Period, string? Problem) Read(string? from, string? to, DateTimeOffset now, CultureInfo culture, string fromName = "from", string toName = "to")
    {
        if (string.IsNullOrWhiteSpace(from) && string.IsNullOrWhiteSpace(to))
        {
            return (FigurePeriod.LastMonths(12, now), null);
        }

        DateOnly? first = null, last = null;
        foreach (var (text, name, set) in new (string?, string, Action<DateOnly>)[] { (from, fromName, d => first = d), (to, toName, d => last = d) })
        {
            if (string.IsNullOrWhiteSpace(text))
            {
                continue;
            }

            if (!DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
            {
                return (null, $"{name}: {Messages.Format("ReportBadDate", culture, text.Length > 40 ? text[..40] + "…" : text)}");
            }

            set(day);
        }

        var period = FigurePeriod.Between(first ?? last!.Value, last ?? DateOnly.FromDateTime(Runs.CaseTime.Local(now).DateTime));
        return period is null ? (null, Messages.Format("FiguresBadRange", culture, FigurePeriod.MaxMonths)) : (period, null);
    }
}
