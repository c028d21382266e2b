using DocumentFormat.OpenXml.Wordprocessing;

namespace WfTeams.Core.Documents;

/// <summary>
/// The page setups a body can switch between: the document's own (portrait) and the same turned to landscape, with
/// the same header, footer and margins, for a wide picture. Each as the XML of a section's properties.
/// </summary>
/// <param name="LandscapeWidth">The text width of the landscape page, in twentieths of a point.</param>
/// <param name="LandscapeHeight">The text height of the landscape page, in twentieths of a point.</param>
internal sealed record PageSections(string PortraitXml, string LandscapeXml, int LandscapeWidth, int LandscapeHeight)
{
    public static PageSections Of(SectionProperties section)
    {
        var landscape = (SectionProperties)section.CloneNode(true);
        var size = landscape.GetFirstChild<PageSize>()!;
        var (width, height) = ((int)size.Width!.Value, (int)size.Height!.Value);
        size.Width = (uint)Math.Max(width, height);
        size.Height = (uint)Math.Min(width, height);
        size.Orient = PageOrientationValues.Landscape;

        var margins = landscape.GetFirstChild<PageMargin>();
        var (top, bottom) = (Math.Abs(margins?.Top?.Value ?? 1418), Math.Abs(margins?.Bottom?.Value ?? 1134));
        var (left, right) = ((int)(margins?.Left?.Value ?? PageFrame.LeftMargin), (int)(margins?.Right?.Value ?? PageFrame.RightMargin));
        return new PageSections(section.OuterXml, landscape.OuterXml, (int)size.Width.Value - left - right, (int)size.Height.Value - top - bottom);
    }
}
