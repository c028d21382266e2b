using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace WfTeams.Core.Documents;

/// <summary>The settings.xml part of a document: automatic hyphenation (German words are long) and Word 2013+ layout.</summary>
internal static class SettingsPart
{
    private static readonly Lazy<byte[]> Default = new(() =>
    {
        var settings = Fresh();
        Hyphenate(settings);
        using var xml = new MemoryStream();
        settings.Save(xml);
        return xml.ToArray();
    });

    public static void Apply(MainDocumentPart main)
    {
        if (main.DocumentSettingsPart is not { } part)
        {
            main.AddNewPart<DocumentSettingsPart>().FeedData(new MemoryStream(Default.Value, writable: false));
            return;
        }

        var settings = part.Settings ??= Fresh();
        Hyphenate(settings);
        settings.Save();
    }

    private static Settings Fresh() => new(
        new DefaultTabStop { Val = 709 },
        new CharacterSpacingControl { Val = CharacterSpacingValues.DoNotCompress },
        new Compatibility(new CompatibilitySetting
        {
            Name = CompatSettingNameValues.CompatibilityMode,
            Uri = "http://schemas.microsoft.com/office/word",
            Val = "15",
        }));

    private static void Hyphenate(Settings settings)
    {
        if (settings.GetFirstChild<AutoHyphenation>() is { } hyphenation)
        {
            hyphenation.Val = true;
        }
        else
        {
            settings.AddChild(new AutoHyphenation());
        }

        if (settings.GetFirstChild<HyphenationZone>() is null)
        {
            settings.AddChild(new HyphenationZone { Val = "357" });
        }
    }
}
