using System.Globalization;
using WfTeams.Core.Processes;
using WfTeams.Core.Runs;
using WfTeams.Testing;

namespace WfTeams.Core.Tests.Runs;

/// <summary>Due dates in working days: weekends, the German nationwide holidays and configured ones skipped.</summary>
public sealed class WorkingDaysTests
{
    private static readonly WorkingCalendar Calendar = WorkingCalendar.Default;

    private static DateTimeOffset Berlin(int year, int month, int day, int hour) =>
        Calendar.At(new DateOnly(year, month, day), new TimeOnly(hour, 0));

    [Theory]
    [InlineData(2024, 3, 31)]
    [InlineData(2025, 4, 20)]
    [InlineData(2026, 4, 5)]
    [InlineData(2027, 3, 28)]
    [InlineData(2038, 4, 25)]
    public void EasterSunday_KnownYears_Matches(int year, int month, int day) =>
        Assert.Equal(new DateOnly(year, month, day), GermanHolidays.EasterSunday(year));

    [Fact]
    public void Nationwide_2026_NineHolidaysWithTheMovableOnes()
    {
        var days = GermanHolidays.Nationwide(2026).ToList();

        Assert.Equal(9, days.Count);
        Assert.Contains(new DateOnly(2026, 4, 3), days);  // Karfreitag
        Assert.Contains(new DateOnly(2026, 5, 14), days); // Christi Himmelfahrt
        Assert.Contains(new DateOnly(2026, 5, 25), days); // Pfingstmontag
        Assert.Contains(new DateOnly(2026, 10, 3), days);
    }

    [Fact]
    public void AddWorkingDays_FridayPlusOne_IsMondaySameTime() =>
        Assert.Equal(Berlin(2026, 11, 30, 10), Calendar.AddWorkingDays(Berlin(2026, 11, 27, 10), 1));

    [Fact]
    public void AddWorkingDays_OverEaster_SkipsGoodFridayAndEasterMonday() =>
        Assert.Equal(Berlin(2026, 4, 7, 9), Calendar.AddWorkingDays(Berlin(2026, 4, 2, 9), 1));

    [Fact]
    public void AddWorkingDays_ConfiguredHoliday_Skipped()
    {
        var withFronleichnam = new WorkingCalendar([new DateOnly(2026, 6, 4)]);

        Assert.Equal(Berlin(2026, 6, 5, 9), withFronleichnam.AddWorkingDays(Berlin(2026, 6, 3, 9), 1));
        Assert.Equal(Berlin(2026, 6, 4, 9), Calendar.AddWorkingDays(Berlin(2026, 6, 3, 9), 1));
    }

    [Fact]
    public void AddWorkingDays_StartOnSaturday_CountsFromMonday() =>
        Assert.Equal(Berlin(2026, 11, 30, 15), Calendar.AddWorkingDays(Berlin(2026, 11, 28, 15), 1));

    [Fact]
    public void DueAt_WorkingDaysWeek_IsFiveWorkingDaysCalendarWeekStaysSeven()
    {
        var monday = Berlin(2026, 12, 21, 9); // 22, 23, 24, (25 and 26 Christmas, weekend) 28, 29

        Assert.Equal(Berlin(2026, 12, 29, 9), StepDuration.DueAt("P1W", monday, workingDays: true, Calendar));
        Assert.Equal(monday.AddDays(7), StepDuration.DueAt("P1W", monday, workingDays: false, Calendar));
    }

    [Fact]
    public void Validate_WorkingDaysWithHours_Refused()
    {
        var template = TemplateFactory.Minimal() with
        {
            Steps = [new ProcessStep { Id = "a", Title = "A", Responsible = "R", Duration = "PT4H", WorkingDays = true }],
        };

        var error = Assert.Single(TemplateValidator.Validate(template));
        Assert.Equal("$.steps[0].workingDays", error.Path);
        Assert.Equal("„workingDays“ braucht eine Dauer in Tagen oder Wochen (z. B. P5D), nicht „PT4H“", error.Message(CultureInfo.GetCultureInfo("de")));
    }

    [Fact]
    public void TemplateJson_WorkingDaysFlag_ReadAndValid()
    {
        var json = TemplateJson.Serialize(TemplateFactory.Minimal() with
        {
            Steps = [new ProcessStep { Id = "a", Title = "A", Responsible = "R", Duration = "P5D", WorkingDays = true }],
        });

        var read = TemplateJson.Parse(System.Text.Encoding.UTF8.GetBytes(json));

        Assert.Contains("\"workingDays\": true", json, StringComparison.Ordinal);
        Assert.Empty(read.Errors);
        Assert.True(read.Template!.Steps[0].WorkingDays);
    }
}
