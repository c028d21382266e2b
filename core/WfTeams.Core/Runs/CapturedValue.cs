using System.Globalization;
using System.Text.RegularExpressions;
using WfTeams.Core.Processes;

namespace WfTeams.Core.Runs;

/// <summary>
/// Reads what a user typed into a capture field and stores it in one canonical form:
/// numbers invariant ("1234.5"), dates ISO ("2026-11-28"), yes/no as "yes"/"no", choices as the option text.
/// </summary>
public static partial class CapturedValue
{
    public const int MaxTextChars = 500;
    public const int MaxMultilineChars = 4000;

    /// <summary>The canonical value, or the message key of what is wrong with it.</summary>
    public static (string? Value, string? ErrorKey) Read(CaptureField field, string raw, CultureInfo culture)
    {
        var text = raw.Trim();
        if (text.Any(c => char.IsControl(c) && c is not ('\n' or '\r' or '\t')))
        {
            return (null, "FieldControlCharacters");
        }

        return field.Type switch
        {
            FieldType.Text or FieldType.Person => text.Length <= MaxTextChars ? (text, null) : (null, "FieldTooLong"),
            FieldType.Multiline => text.Length <= MaxMultilineChars ? (text, null) : (null, "FieldTooLong"),
            FieldType.Number => ParseNumber(text, culture) is { } number ? (number.ToString(CultureInfo.InvariantCulture), null) : (null, "FieldNotANumber"),
            FieldType.Date => ParseDate(text) is { } date ? (date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), null) : (null, "FieldNotADate"),
            FieldType.Choice => Choose(field, text) is { } option ? (option, null) : (null, "FieldNotAnOption"),
            FieldType.YesNo => ParseYesNo(text) is { } yes ? (yes ? "yes" : "no", null) : (null, "FieldNotYesNo"),
            FieldType.Link => IsLink(text) ? (text, null) : (null, "FieldNotALink"),
            _ => (null, "FieldNotAnOption"),
        };
    }

    /// <summary>
    /// German and English number formats: "1.234,5" and "1,234.5" both read 1234.5. With one kind of
    /// separator, several occurrences are thousands separators; a single one is the user's decimal
    /// separator unless it is followed by exactly three digits ("1.234" is 1234 in German, 1.234 in English).
    /// </summary>
    public static decimal? ParseNumber(string text, CultureInfo culture)
    {
        text = text.Replace(" ", "", StringComparison.Ordinal).Replace("\u00a0", "", StringComparison.Ordinal).Replace("\u202f", "", StringComparison.Ordinal);
        if (!NumberPattern().IsMatch(text))
        {
            return null;
        }

        var lastDot = text.LastIndexOf('.');
        var lastComma = text.LastIndexOf(',');
        char? decimalSeparator;
        if (lastDot >= 0 && lastComma >= 0)
        {
            decimalSeparator = lastDot > lastComma ? '.' : ',';
        }
        else if (lastDot < 0 && lastComma < 0)
        {
            decimalSeparator = null;
        }
        else
        {
            var separator = lastDot >= 0 ? '.' : ',';
            var count = text.Count(c => c == separator);
            var userDecimal = culture.TwoLetterISOLanguageName == "en" ? '.' : ',';
            var digitsAfter = text.Length - text.LastIndexOf(separator) - 1;
            decimalSeparator = count > 1 ? null
                : separator == userDecimal ? separator
                : digitsAfter == 3 ? null
                : separator;
        }

        var thousands = decimalSeparator == '.' ? ',' : '.';
        if (decimalSeparator is null)
        {
            thousands = lastDot >= 0 ? '.' : ',';
        }

        var parts = text.Split(decimalSeparator ?? '\0');
        if (parts.Length > 2 || (parts.Length == 2 && parts[1].Contains(thousands, StringComparison.Ordinal)))
        {
            return null;
        }

        var integer = parts[0];
        if (integer.Contains(thousands, StringComparison.Ordinal) && !ThousandsGroups(integer, thousands))
        {
            return null;
        }

        var normalized = integer.Replace(thousands.ToString(), "", StringComparison.Ordinal) + (parts.Length == 2 ? "." + parts[1] : "");
        return decimal.TryParse(normalized, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value) ? value : null;
    }

    /// <summary>ISO (what Input.Date sends) or German "28.11.2026".</summary>
    public static DateOnly? ParseDate(string text) =>
        DateOnly.TryParseExact(text, ["yyyy-MM-dd", "d.M.yyyy"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;

    public static bool? ParseYesNo(string text) => text.ToLowerInvariant() switch
    {
        "yes" or "ja" or "true" or "j" or "y" => true,
        "no" or "nein" or "false" or "n" => false,
        _ => null,
    };

    /// <summary>Cards send an option's index (short, and the same in every language); an option's text is accepted too.</summary>
    public static string? Choose(CaptureField field, string text)
    {
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var index) && index < field.Options.Count)
        {
            return field.Options[index];
        }

        return field.Options.FirstOrDefault(o => string.Equals(o, text, StringComparison.OrdinalIgnoreCase));
    }

    public static bool IsLink(string text) =>
        text.Length <= TemplateLimits.UrlLength
        && Uri.TryCreate(text, UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
        && uri.Host.Length > 0;

    /// <summary>A stored value as a person reads it: numbers and dates in their language, yes/no translated.</summary>
    public static string Display(CaptureField? field, string value, CultureInfo culture) => field?.Type switch
    {
        FieldType.Number when decimal.TryParse(value, NumberStyles.Number, CultureInfo.InvariantCulture, out var number) => number.ToString("#,##0.##########", culture),
        FieldType.Date when DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) => date.ToString(culture.TwoLetterISOLanguageName == "en" ? "d MMM yyyy" : "dd.MM.yyyy", culture),
        FieldType.YesNo => Resources.Messages.Format(value == "yes" ? "Yes" : "No", culture),
        _ => value,
    };

    private static bool ThousandsGroups(string integer, char thousands)
    {
        var groups = integer.TrimStart('-', '+').Split(thousands);
        return groups[0].Length is >= 1 and <= 3 && groups.Skip(1).All(g => g.Length == 3);
    }

    [GeneratedRegex(@"^[-+]?[0-9][0-9.,]*$")]
    private static partial Regex NumberPattern();
}
