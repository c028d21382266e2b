using System.Globalization;
using System.Text.RegularExpressions;
using WfTeams.Core.Processes;
using WfTeams.Core.Resources;

namespace WfTeams.Core.Documents;

/// <summary>The words of a profile in one language: labels from the resources, dates, durations, enum names.</summary>
internal sealed partial class ProfileText(CultureInfo culture)
{
    private static readonly CultureInfo German = CultureInfo.GetCultureInfo("de-DE");
    private static readonly CultureInfo British = CultureInfo.GetCultureInfo("en-GB");

    public CultureInfo Culture { get; } = culture;

    public bool IsEnglish { get; } = culture.TwoLetterISOLanguageName == "en";

    /// <summary>The document language for spelling and hyphenation.</summary>
    public string LanguageTag => IsEnglish ? "en-GB" : "de-DE";

    public string this[string key] => Messages.Format(key, Culture);

    public string Format(string key, params object?[] args) => Messages.Format(key, Culture, args);

    public string Date(DateOnly date) =>
        IsEnglish ? date.ToString("d MMMM yyyy", British) : date.ToString("dd.MM.yyyy", German);

    /// <summary>"März 2026", "March 2026".</summary>
    public string Month(DateOnly month) => month.ToString("MMMM yyyy", IsEnglish ? British : German);

    /// <summary>A measured time: "12 Std." below two days, "3,5 Tage" from there; "–" when nothing was measured.</summary>
    public string Span(TimeSpan? duration) => duration switch
    {
        null => "–",
        { TotalHours: < 48 } d => Format("FiguresHours", Math.Round(d.TotalHours, 0)),
        { } d => Format("FiguresDays", Math.Round(d.TotalDays, 1)),
    };

    public string Percent(double? rate) => rate is { } r ? r.ToString("P0", Culture) : "–";

    /// <summary>A count with thousands separators: "10.000".</summary>
    public string Count(long value) => value.ToString("N0", Culture);

    /// <summary>Plain digits: step 1000 is "1000", not "1.000" (a thousands point reads as an outline number).</summary>
    public string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>The status as a label: "Freigegeben", "Released" (the English resource is lower case, for sentences).</summary>
    public string Status(TemplateStatus status)
    {
        var label = this["Status" + status];
        return label.Length > 0 && char.IsLower(label[0]) ? char.ToUpper(label[0], Culture) + label[1..] : label;
    }

    public string Category(ProcessCategory category) => this["Category" + category];

    public string Direction(InterfaceDirection direction) => this["Direction" + direction];

    public string FieldType(FieldType type) => this["FieldType" + type];

    public string YesNo(bool value) => this[value ? "ProfileYes" : "ProfileNo"];

    /// <summary>P5D → "5 Tage", P1W → "1 Woche", PT4H → "4 Stunden"; anything else as written.</summary>
    public string Duration(string duration)
    {
        var match = DurationPattern().Match(duration);
        if (!match.Success || !int.TryParse(match.Groups["n"].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture, out var n))
        {
            return duration;
        }

        var unit = match.Groups["unit"].Value switch { "D" => "Day", "W" => "Week", _ => "Hour" };
        return n == 1 ? this["Duration" + unit] : Format("Duration" + unit + "s", Number(n));
    }

    [GeneratedRegex(@"^P(?:T(?<n>\d{1,6})(?<unit>H)|(?<n>\d{1,6})(?<unit>[DW]))$")]
    private static partial Regex DurationPattern();
}
