using System.Globalization;
using System.Text.RegularExpressions;

namespace WfTeams.Core.Runs;

/// <summary>
/// A step's typical duration (ISO 8601 in weeks, days and hours: P2W, P5D, PT4H, P1DT4H) → a due date. Calendar days,
/// unless the step says <c>"workingDays": true</c>: then days count Monday to Friday without holidays and a week is five of them.
/// </summary>
public static partial class StepDuration
{
    public static TimeSpan? Parse(string? duration)
    {
        if (duration is null || Pattern().Match(duration) is not { Success: true } match)
        {
            return null;
        }

        var weeks = Number(match.Groups["w"]);
        var days = Number(match.Groups["d"]);
        var hours = Number(match.Groups["h"]);
        var span = TimeSpan.FromDays((weeks * 7) + days) + TimeSpan.FromHours(hours);
        return span > TimeSpan.Zero ? span : null;
    }

    public static DateTimeOffset? DueAt(string? duration, DateTimeOffset from) => Parse(duration) is { } span ? from + span : null;

    /// <summary>The due date in working days of <paramref name="calendar"/> when <paramref name="workingDays"/>, else in calendar days.</summary>
    public static DateTimeOffset? DueAt(string? duration, DateTimeOffset from, bool workingDays, WorkingCalendar calendar)
    {
        if (!workingDays || duration is null || Pattern().Match(duration) is not { Success: true } match)
        {
            return DueAt(duration, from);
        }

        var days = (Number(match.Groups["w"]) * 5) + Number(match.Groups["d"]);
        return calendar.AddWorkingDays(from, days) + TimeSpan.FromHours(Number(match.Groups["h"]));
    }


    private static int Number(Group group) => group.Success ? int.Parse(group.Value, CultureInfo.InvariantCulture) : 0;

    [GeneratedRegex("^P(?:(?<w>[0-9]{1,3})W|(?:(?<d>[0-9]{1,3})D)?(?:T(?<h>[0-9]{1,4})H)?)$")]
    private static partial Regex Pattern();
}
