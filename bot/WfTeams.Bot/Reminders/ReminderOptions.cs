using System.Globalization;
using WfTeams.Core.Reminders;
using WfTeams.Core.Runs;

namespace WfTeams.Bot.Reminders;

/// <summary>Section <c>Reminders</c>: when the bot speaks first, and which days are working days.</summary>
public sealed class ReminderOptions
{
    /// <summary>False: no scheduler in this host (the references are still kept).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Local time of the daily digest on working days (HH:mm).</summary>
    public string DigestTime { get; set; } = "08:00";

    /// <summary>Local time an overdue step is reminded of again on the following working days (HH:mm).</summary>
    public string ReminderTime { get; set; } = "09:00";

    /// <summary>IANA time zone of the times and the working days.</summary>
    public string TimeZone { get; set; } = "Europe/Berlin";

    /// <summary>Extra days off (yyyy-MM-dd): the Land's holidays, the agency's bridge days.</summary>
    public List<string> Holidays { get; set; } = [];

    /// <summary>The German nationwide holidays count as days off (computed per year).</summary>
    public bool NationwideHolidays { get; set; } = true;

    /// <summary>How often each instance looks for due work.</summary>
    public TimeSpan Interval { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>The settings, or what is wrong with this section (named by key).</summary>
    public (ReminderSettings? Settings, string? Problem) Read()
    {
        if (!TimeOnly.TryParseExact(DigestTime, "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var digest))
        {
            return (null, $"Reminders:DigestTime \"{DigestTime}\" is not a time HH:mm");
        }

        if (!TimeOnly.TryParseExact(ReminderTime, "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var reminder))
        {
            return (null, $"Reminders:ReminderTime \"{ReminderTime}\" is not a time HH:mm");
        }

        TimeZoneInfo zone;
        try
        {
            zone = TimeZoneInfo.FindSystemTimeZoneById(TimeZone);
        }
        catch (Exception exception) when (exception is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            return (null, $"Reminders:TimeZone \"{TimeZone}\" is not a known time zone");
        }

        var days = new List<DateOnly>();
        for (var i = 0; i < Holidays.Count; i++)
        {
            if (!DateOnly.TryParseExact(Holidays[i], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
            {
                return (null, $"Reminders:Holidays:{i} \"{Holidays[i]}\" is not a date yyyy-MM-dd");
            }

            days.Add(day);
        }

        if (Interval < TimeSpan.FromSeconds(1))
        {
            return (null, "Reminders:Interval must be at least one second");
        }

        return (new ReminderSettings
        {
            DigestTime = digest,
            ReminderTime = reminder,
            Calendar = new WorkingCalendar(days, NationwideHolidays, zone),
            Lease = TimeSpan.FromTicks(Math.Max(Interval.Ticks * 3, TimeSpan.FromMinutes(1).Ticks)),
        }, null);
    }
}
