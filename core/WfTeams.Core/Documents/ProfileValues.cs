using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using WfTeams.Core.Processes;

namespace WfTeams.Core.Documents;

/// <summary>
/// Values as a profile shows them, read back into the template's JSON form: status, category,
/// direction and field type by their German or English label (or JSON name), dates as 01.01.2026,
/// 1 January 2026 or 2026-01-01, durations as "5 Tage" / "5 days" or P5D. Whatever
/// <see cref="ProfileText"/> writes reads back to the same value, in either language.
/// </summary>
internal static partial class ProfileValues
{
    public enum Kind { Text, Status, Category, Direction, FieldType, Date, Duration, Integer }

    private static readonly ProfileText[] Languages = [new(CultureInfo.GetCultureInfo("de")), new(CultureInfo.GetCultureInfo("en"))];
    private static readonly Dictionary<string, string> Statuses = Labels<TemplateStatus>((t, v) => t.Status(v));
    private static readonly Dictionary<string, string> Categories = Labels<ProcessCategory>((t, v) => t.Category(v));
    private static readonly Dictionary<string, string> Directions = Labels<InterfaceDirection>((t, v) => t.Direction(v));
    private static readonly Dictionary<string, string> FieldTypes = Labels<FieldType>((t, v) => t.FieldType(v));
    private static readonly string[] DateFormats = ["d.M.yyyy", "yyyy-MM-dd", "d MMMM yyyy", "d MMM yyyy", "d. MMMM yyyy"];

    public static Kind KindOf(string path)
    {
        var dot = path.LastIndexOf('.');
        var name = dot < 0 ? path.AsSpan() : path.AsSpan(dot + 1);
        return name switch
        {
            "status" when dot < 0 => Kind.Status,
            "version" => Kind.Integer,
            "category" when dot < 0 => Kind.Category,
            "validFrom" when dot < 0 => Kind.Date,
            "direction" => Kind.Direction,
            "date" => Kind.Date,
            "type" => Kind.FieldType,
            "duration" => Kind.Duration,
            _ => Kind.Text,
        };
    }

    /// <summary>The JSON value of <paramref name="text"/>, or a problem at <paramref name="path"/>; blank text is null.</summary>
    public static (JsonNode? Value, TemplateError? Problem) Parse(string path, string text)
    {
        var kind = KindOf(path);
        if (kind == Kind.Text)
        {
            return (text.Length == 0 ? null : JsonValue.Create(text), null);
        }

        var trimmed = text.Trim();
        if (trimmed.Length == 0)
        {
            return (null, null);
        }

        switch (kind)
        {
            case Kind.Status: return Choice(Statuses, path, trimmed);
            case Kind.Category: return Choice(Categories, path, trimmed);
            case Kind.Direction: return Choice(Directions, path, trimmed);
            case Kind.FieldType: return Choice(FieldTypes, path, trimmed);
            case Kind.Integer:
                return int.TryParse(trimmed, NumberStyles.None, CultureInfo.InvariantCulture, out var number)
                    ? (JsonValue.Create(number), null)
                    : (null, new TemplateError("$." + path, "DocxInvalidNumber", trimmed));
            case Kind.Date:
                foreach (var culture in Languages)
                {
                    if (DateOnly.TryParseExact(trimmed, DateFormats, culture.Culture, DateTimeStyles.AllowWhiteSpaces, out var date))
                    {
                        return (JsonValue.Create(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)), null);
                    }
                }

                return (null, new TemplateError("$." + path, "DocxInvalidDate", trimmed));
            default:
                if (TemplateValidator.IsDuration(trimmed))
                {
                    return (JsonValue.Create(trimmed), null);
                }

                var match = DurationWords().Match(trimmed);
                if (match.Success && int.TryParse(match.Groups["n"].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0)
                {
                    var unit = char.ToLowerInvariant(match.Groups["unit"].Value[0]);
                    var iso = unit switch { 't' or 'd' => $"P{n}D", 'w' => $"P{n}W", _ => $"PT{n}H" };
                    if (TemplateValidator.IsDuration(iso))
                    {
                        return (JsonValue.Create(iso), null);
                    }
                }

                return (null, new TemplateError("$." + path, "DocxInvalidDuration", trimmed));
        }
    }

    private static (JsonNode?, TemplateError?) Choice(Dictionary<string, string> labels, string path, string text) =>
        labels.TryGetValue(text, out var name)
            ? (JsonValue.Create(name), null)
            : (null, new TemplateError("$." + path, "DocxUnknownChoice", text, string.Join(", ", labels.Keys)));

    private static Dictionary<string, string> Labels<TEnum>(Func<ProfileText, TEnum, string> label)
        where TEnum : struct, Enum
    {
        var labels = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var value in Enum.GetValues<TEnum>())
        {
            var name = TemplateJson.JsonName(value);
            foreach (var text in Languages)
            {
                labels.TryAdd(label(text, value), name);
            }

            labels.TryAdd(name, name);
        }

        return labels;
    }

    [GeneratedRegex(@"^(?<n>\d{1,6})\s*(?<unit>Tage?|Wochen?|Stunden?|days?|weeks?|hours?)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DurationWords();
}
