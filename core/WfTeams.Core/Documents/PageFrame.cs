using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using WfTeams.Core.Processes;
using static WfTeams.Core.Documents.WordElements;

namespace WfTeams.Core.Documents;

/// <summary>
/// A4 page, header (organisation, process) and footer (version, status, Stand, "Seite X von Y").
/// With a corporate design its page margins, header and footer stay and get the profile's line added.
/// </summary>
internal static class PageFrame
{
    public const int A4Width = 11906;
    public const int A4Height = 16838;
    public const int LeftMargin = 1418;
    public const int RightMargin = 1134;

    /// <summary>
    /// The page setup with header and footer parts holding <paramref name="header"/> and <paramref name="footer"/>
    /// (after a design's own content); the text width between the margins, for the lines' right tab.
    /// </summary>
    public static (SectionProperties Section, int Width) Create(MainDocumentPart main, SectionProperties? design, Paragraph header, Paragraph footer)
    {
        var section = design ?? new SectionProperties(
            new PageSize { Width = A4Width, Height = A4Height },
            new PageMargin { Top = 1418, Right = RightMargin, Bottom = 1134, Left = LeftMargin, Header = 709, Footer = 567, Gutter = 0 });
        if (section.GetFirstChild<PageSize>() is { } size)
        {
            size.Width = A4Width;
            size.Height = A4Height;
            size.Orient = null;
        }
        else
        {
            section.AddChild(new PageSize { Width = A4Width, Height = A4Height });
        }

        var margins = section.GetFirstChild<PageMargin>();
        var width = A4Width - (int)(margins?.Left?.Value ?? LeftMargin) - (int)(margins?.Right?.Value ?? RightMargin);

        if (Default<HeaderReference>(section) is { Id.Value: { } headerId } && main.GetPartById(headerId) is HeaderPart headerPart && headerPart.Header is { } existingHeader)
        {
            existingHeader.Append(header);
            existingHeader.Save();
        }
        else
        {
            var part = main.AddNewPart<HeaderPart>(NewId(main, "wfHeader"));
            part.Header = new Header(header);
            part.Header.Save();
            section.PrependChild(new HeaderReference { Type = HeaderFooterValues.Default, Id = main.GetIdOfPart(part) });
        }

        if (Default<FooterReference>(section) is { Id.Value: { } footerId } && main.GetPartById(footerId) is FooterPart footerPart && footerPart.Footer is { } existingFooter)
        {
            existingFooter.Append(footer);
            existingFooter.Save();
        }
        else
        {
            var part = main.AddNewPart<FooterPart>(NewId(main, "wfFooter"));
            part.Footer = new Footer(footer);
            part.Footer.Save();
            section.PrependChild(new FooterReference { Type = HeaderFooterValues.Default, Id = main.GetIdOfPart(part) });
        }

        return (section, width);
    }

    /// <summary>A fixed relationship id (the same document for the same template), unless a design already uses it.</summary>
    private static string NewId(MainDocumentPart main, string id)
    {
        var candidate = id;
        for (var n = 2; main.Parts.Any(p => p.RelationshipId == candidate); n++)
        {
            candidate = id + n.ToString(CultureInfo.InvariantCulture);
        }

        return candidate;
    }

    private static T? Default<T>(SectionProperties section) where T : HeaderFooterReferenceType =>
        section.Elements<T>().FirstOrDefault(r => r.Type is null || r.Type.Value == HeaderFooterValues.Default);

    /// <summary>The profile's header line: organisation, and at the right tab the process.</summary>
    public static Paragraph HeaderLine(ProcessTemplate template, DocumentOptions options, int width)
    {
        var process = Filled(template.Code) ? $"{template.Code} · {template.Name}" : template.Name;
        var paragraph = Paragraph(ProfileStyles.Header);
        paragraph.ParagraphProperties!.Append(RightTab(width));
        if (Filled(options.Organisation))
        {
            paragraph.Append(Run(options.Organisation!));
        }

        paragraph.Append(new Run(new TabChar()), Run(process));
        return paragraph;
    }

    /// <summary>The footer line: version, status, Stand, and at the right tab "Seite X von Y".</summary>
    public static Paragraph FooterLine(ProcessTemplate template, ProfileText text, DateOnly asOf, int width)
    {
        var paragraph = Paragraph(ProfileStyles.Footer);
        paragraph.ParagraphProperties!.Append(RightTab(width));
        paragraph.Append(
            Run(text.Format("ProfileFooter", template.Version, text.Status(template.Status), text.Date(asOf))),
            new Run(new TabChar()));

        // "Seite {0} von {1}": the whole sentence from the resources, its placeholders become fields.
        var page = text["ProfilePage"];
        var position = 0;
        foreach (var (marker, field) in new[] { ("{0}", "PAGE"), ("{1}", "NUMPAGES") }.OrderBy(m => page.IndexOf(m.Item1, StringComparison.Ordinal)))
        {
            var at = page.IndexOf(marker, position, StringComparison.Ordinal);
            if (at < 0)
            {
                continue;
            }

            if (at > position)
            {
                paragraph.Append(Run(page[position..at]));
            }

            paragraph.Append(new SimpleField(new Run(new Text("1"))) { Instruction = $" {field} " });
            position = at + marker.Length;
        }

        if (position < page.Length)
        {
            paragraph.Append(Run(page[position..]));
        }

        return paragraph;
    }

    private static Tabs RightTab(int width) => new(new TabStop { Val = TabStopValues.Right, Position = width });

    public static string Invariant(int value) => value.ToString(CultureInfo.InvariantCulture);
}
