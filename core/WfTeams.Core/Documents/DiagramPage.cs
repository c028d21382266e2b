using System.Buffers.Binary;
using System.Globalization;
using WfTeams.Core.Modelling;
using WfTeams.Core.Processes;
using WfTeams.Core.Resources;

namespace WfTeams.Core.Documents;

/// <summary>
/// The process diagram in the Prozesssteckbrief (<see cref="DocumentOptions.Diagram"/>): a landscape page of its own
/// after the table flowchart, the picture as large as the page allows. The table flowchart stays the editable,
/// searchable one; the picture is for reading the flow at a glance.
/// </summary>
internal static class DiagramPage
{
    private const int EmuPerTwip = 635;

    /// <summary>Room kept on the page for the heading above the picture, in twentieths of a point.</summary>
    private const int HeadingRoom = 1400;

    /// <summary>
    /// The picture: the diagram at twice its size (sharp when printed or zoomed into), as far as <see cref="SvgPng"/>'s
    /// limits allow. Null when even at its own size it is beyond them (several hundred steps): shrunk further its
    /// text could not be read, and the table flowchart shows that flow anyway.
    /// </summary>
    public static byte[]? Picture(ProcessTemplate template, CultureInfo culture)
    {
        var layout = ProcessLayout.Compute(ProcessGraph.From(template, culture));
        return layout.Width > SvgPng.MaxSide || layout.Height > SvgPng.MaxSide || (long)layout.Width * layout.Height > SvgPng.MaxPixels
            ? null
            : SvgPng.Render(DiagramSvg.Write(layout, template.Name), scale: 2);
    }

    /// <summary>The heading and the picture on a landscape page; without a picture (too large) the heading and why, where the text goes on.</summary>
    public static void Write(WordWriter w, ProcessTemplate template, ProfileText text, byte[]? png)
    {
        if (png is null)
        {
            ProfileSections.Heading(w, text["ProfileDiagram"]);
            w.Paragraph(null, Messages.Format("ProfileDiagramTooLarge", text.Culture, template.Steps.Count));
            return;
        }

        var sections = w.Sections ?? throw new InvalidOperationException("the writer does not know the package's page setups");
        var (pixelsWide, pixelsHigh) = Size(png);

        // As wide as the text, unless that makes it taller than the page below the heading.
        var width = (long)sections.LandscapeWidth * EmuPerTwip;
        var height = width * pixelsHigh / pixelsWide;
        var room = (long)(sections.LandscapeHeight - HeadingRoom) * EmuPerTwip;
        if (height > room)
        {
            (width, height) = (room * pixelsWide / pixelsHigh, room);
        }

        w.SectionBreak(sections.PortraitXml);
        ProfileSections.Heading(w, text["ProfileDiagram"]);
        w.Picture(width, height, Messages.Format("ProfileDiagramDescription", text.Culture, template.Name));
        w.SectionBreak(sections.LandscapeXml);
    }

    /// <summary>Width and height from the PNG's header (IHDR: the first chunk, right after the 8-byte signature).</summary>
    private static (long Width, long Height) Size(byte[] png) =>
        (BinaryPrimitives.ReadUInt32BigEndian(png.AsSpan(16, 4)), BinaryPrimitives.ReadUInt32BigEndian(png.AsSpan(20, 4)));
}
