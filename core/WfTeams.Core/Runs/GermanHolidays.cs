namespace WfTeams.Core.Runs;

/// <summary>
/// The public holidays of all German states (bundeseinheitliche Feiertage), computed per year: New Year, Good Friday,
/// Easter Monday, Labour Day, Ascension, Whit Monday, German Unity Day, Christmas Day and Boxing Day. State holidays
/// (Fronleichnam, Reformationstag, …) differ by Land and are added through <c>Reminders:Holidays</c>.
/// </summary>
public static class GermanHolidays
{
    public static IEnumerable<DateOnly> Nationwide(int year)
    {
        var easter = EasterSunday(year);
        yield return new DateOnly(year, 1, 1);
        yield return easter.AddDays(-2);
        yield return easter.AddDays(1);
        yield return new DateOnly(year, 5, 1);
        yield return easter.AddDays(39);
        yield return easter.AddDays(50);
        yield return new DateOnly(year, 10, 3);
        yield return new DateOnly(year, 12, 25);
        yield return new DateOnly(year, 12, 26);
    }

    /// <summary>Easter Sunday in the Gregorian calendar (the anonymous Gregorian algorithm, Meeus/Jones/Butcher).</summary>
    public static DateOnly EasterSunday(int year)
    {
        var a = year % 19;
        var b = year / 100;
        var c = year % 100;
        var d = b / 4;
        var e = b % 4;
        var f = (b + 8) / 25;
        var g = (b - f + 1) / 3;
        var h = ((19 * a) + b - d - g + 15) % 30;
        var i = c / 4;
        var k = c % 4;
        var l = (32 + (2 * e) + (2 * i) - h - k) % 7;
        var m = (a + (11 * h) + (22 * l)) / 451;
        var month = (h + l - (7 * m) + 114) / 31;
        var day = ((h + l - (7 * m) + 114) % 31) + 1;
        return new DateOnly(year, month, day);
    }
}
