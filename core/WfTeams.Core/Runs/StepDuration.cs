using System.Globalization;
using System.Text.RegularExpressions;

namespace WfTeams.Core.Runs;

/// <summary>A step's typical duration (ISO 8601 in weeks, days and hours: P2W, P5D, PT4H, P1DT4H) → a due date. Calendar days, not working days.</summary>
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

    private static int Number(Group group) => group.Success ? int.Parse(group.Value, CultureInfo.InvariantCulture) : 0;

    [GeneratedRegex("^P(?:(?<w>[0-9]{1,3})W|(?:(?<d>[0-9]{1,3})D)?(?:T(?<h>[0-9]{1,4})H)?)$")]
    private static partial Regex Pattern();
}
