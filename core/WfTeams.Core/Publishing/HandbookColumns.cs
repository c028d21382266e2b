using System.Globalization;

namespace WfTeams.Core.Publishing;

/// <summary>
/// The library columns (contract, README "Publishing"): internal names as created in the library, the
/// display names in German. "Freigegeben am" is sent as noon UTC so that no site time zone moves the day.
/// </summary>
public static class HandbookColumns
{
    public const string ProcessId = "ProzessID";
    public const string Version = "ProzessVersion";
    public const string Status = "ProzessStatus";
    public const string Owner = "Prozessverantwortung";
    public const string ReleasedOn = "FreigegebenAm";
    public const string Category = "Kategorie";

    public static Dictionary<string, object> Values(PublishedDocument document) => new()
    {
        [ProcessId] = document.TemplateId,
        [Version] = document.Version,
        [Status] = document.Status,
        [Owner] = document.Owner,
        [ReleasedOn] = document.ReleasedOn.ToString("yyyy-MM-dd'T12:00:00Z'", CultureInfo.InvariantCulture),
        [Category] = document.Category ?? "",
    };
}
