using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace WfTeams.Core.Documents;

/// <summary>Document settings: automatic hyphenation (German words are long) and Word 2013+ layout.</summary>
internal static class ProfileSettings
{
    public static void Apply(MainDocumentPart main)
    {
        var part = main.DocumentSettingsPart ?? main.AddNewPart<DocumentSettingsPart>();
        var settings = part.Settings ??= new Settings(
            new DefaultTabStop { Val = 709 },
            new CharacterSpacingControl { Val = CharacterSpacingValues.DoNotCompress },
            new Compatibility(new CompatibilitySetting
            {
                Name = CompatSettingNameValues.CompatibilityMode,
                Uri = "http://schemas.microsoft.com/office/word",
                Val = "15",
            }));
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

        settings.Save();
    }
}
