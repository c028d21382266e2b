using System.Globalization;
using WfTeams.Core.Insights;

namespace WfTeams.Core.Chat;

/// <summary>Where the host serves the figures card's chart as a PNG (a signed, expiring link: Teams fetches card images without a token).</summary>
public interface IFiguresChartLinks
{
    /// <summary>The chart of a process over a period in <paramref name="culture"/>; null when the host offers none.</summary>
    Uri? For(string templateId, FigurePeriod period, CultureInfo culture);
}
