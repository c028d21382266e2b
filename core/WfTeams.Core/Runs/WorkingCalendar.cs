using System.Collections.Concurrent;

namespace WfTeams.Core.Runs;

/// <summary>
/// Which days are working days in the agency's time zone: Monday to Friday, except the German nationwide holidays
/// (unless turned off) and the configured extra holidays. Due dates in working days and the reminders count with it.
/// </summary>
public sealed class WorkingCalendar
{
    private readonly HashSet<DateOnly> _extra;
    private readonly bool _nationwide;
    private readonly ConcurrentDictionary<int, HashSet<DateOnly>> _years = new();

    public WorkingCalendar(IEnumerable<DateOnly>? holidays = null, bool germanNationwide = true, TimeZoneInfo? zone = null)
    {
        _extra = [.. holidays ?? []];
        _nationwide = germanNationwide;
        Zone = zone ?? CaseTime.DisplayZone;
    }

    /// <summary>Weekends and the German nationwide holidays, in Europe/Berlin.</summary>
    public static WorkingCalendar Default { get; } = new();

    /// <summary>
    /// The calendar due dates are computed with: set once when the host starts (from <c>Reminders:Holidays</c>),
    /// because case state changes are pure functions that get only the time.
    /// </summary>
    public static WorkingCalendar Current { get; set; } = Default;

    public TimeZoneInfo Zone { get; }

    public bool IsWorkingDay(DateOnly day) =>
        day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !_extra.Contains(day) && !Nationwide(day.Year).Contains(day);

    /// <summary>The local date of an instant.</summary>
    public DateOnly Day(DateTimeOffset at) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(at, Zone).DateTime);

    /// <summary>The first working day after <paramref name="day"/>.</summary>
    public DateOnly NextWorkingDay(DateOnly day)
    {
        do
        {
            day = day.AddDays(1);
        }
        while (!IsWorkingDay(day));
        return day;
    }

    /// <summary><paramref name="days"/> working days after <paramref name="from"/>, at the same local time of day (a start on a weekend counts from Monday).</summary>
    public DateTimeOffset AddWorkingDays(DateTimeOffset from, int days)
    {
        var local = TimeZoneInfo.ConvertTime(from, Zone);
        var day = DateOnly.FromDateTime(local.DateTime);
        for (var i = 0; i < days; i++)
        {
            day = NextWorkingDay(day);
        }

        return At(day, TimeOnly.FromDateTime(local.DateTime));
    }

    /// <summary>A local date and time as an instant; a time the clocks skip (spring forward) moves on by the gap.</summary>
    public DateTimeOffset At(DateOnly day, TimeOnly time)
    {
        var local = day.ToDateTime(time, DateTimeKind.Unspecified);
        if (Zone.IsInvalidTime(local))
        {
            local = local.AddHours(1);
        }

        return new DateTimeOffset(local, Zone.GetUtcOffset(local));
    }

    private HashSet<DateOnly> Nationwide(int year) =>
        _nationwide ? _years.GetOrAdd(year, y => [.. GermanHolidays.Nationwide(y)]) : [];
}
