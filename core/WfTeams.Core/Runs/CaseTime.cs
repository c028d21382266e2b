using System.Globalization;
using WfTeams.Core.Resources;

namespace WfTeams.Core.Runs;

/// <summary>Times are stored in UTC and shown in the agencies' time zone.</summary>
public static class CaseTime
{
    public static readonly TimeZoneInfo DisplayZone = FindZone();

    public static DateTimeOffset Local(DateTimeOffset at) => TimeZoneInfo.ConvertTime(at, DisplayZone);

    public static object? ForDisplay(object? value) => value is DateTimeOffset at ? Local(at) : value;

    /// <summary>Date and time as cards and reports show them, e.g. "28.11.2026, 14:05".</summary>
    public static string When(DateTimeOffset at, CultureInfo culture) => Messages.Format("CardDateTime", culture, Local(at));

    /// <summary>The date alone, as cards and reports show it.</summary>
    public static string Day(DateTimeOffset at, CultureInfo culture) => Messages.Format("CardDate", culture, Local(at));

    private static TimeZoneInfo FindZone()
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");
        }
        catch (TimeZoneNotFoundException)
        {
            return TimeZoneInfo.Utc;
        }
    }
}
