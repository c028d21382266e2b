using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace WfTeams.Core.Documents;

/// <summary>Element functions for the small parts built as Open XML SDK objects: header and footer lines.</summary>
internal static class WordElements
{
    public static Paragraph Paragraph(string? styleId, params OpenXmlElement[] content)
    {
        var paragraph = new Paragraph();
        if (styleId is not null)
        {
            paragraph.Append(new ParagraphProperties(new ParagraphStyleId { Val = styleId }));
        }

        paragraph.Append(content);
        return paragraph;
    }

    public static Run Run(string text) => new(new Text(XmlText.Clean(text)) { Space = SpaceProcessingModeValues.Preserve });

    public static bool Filled(string? value) => !string.IsNullOrWhiteSpace(value);
}
