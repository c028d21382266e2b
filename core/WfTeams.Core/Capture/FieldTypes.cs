using WfTeams.Core.Processes;

namespace WfTeams.Core.Capture;

/// <summary>The words for a field's type on the step card, German and English.</summary>
public static class FieldTypes
{
    public static FieldType? Parse(string word) => word.Trim().ToLowerInvariant() switch
    {
        "" or "text" or "textzeile" => FieldType.Text,
        "mehrzeilig" or "multiline" or "langtext" => FieldType.Multiline,
        "zahl" or "number" => FieldType.Number,
        "datum" or "date" => FieldType.Date,
        "auswahl" or "choice" => FieldType.Choice,
        "janein" or "ja/nein" or "yesno" or "yes/no" => FieldType.YesNo,
        "person" => FieldType.Person,
        "link" or "url" => FieldType.Link,
        _ => null,
    };

    public static string Word(FieldType type) => type switch
    {
        FieldType.Multiline => "mehrzeilig",
        FieldType.Number => "zahl",
        FieldType.Date => "datum",
        FieldType.Choice => "auswahl",
        FieldType.YesNo => "janein",
        FieldType.Person => "person",
        FieldType.Link => "link",
        _ => "text",
    };
}
