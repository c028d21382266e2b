using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using A = DocumentFormat.OpenXml.Drawing;
using Pic = DocumentFormat.OpenXml.Drawing.Pictures;
using Wp = DocumentFormat.OpenXml.Drawing.Wordprocessing;

namespace WfTeams.Core.Tests.Documents;

/// <summary>
/// An agency's Word template as a quality manager would make one: its own heading colour and font,
/// a logo in the header, a footer line, sample text in the body, Letter-sized pages.
/// </summary>
internal static class DesignFiles
{
    public const string HeadingColor = "C00000";
    public const string FooterText = "Wirtschaftsförderung Musterstadt GmbH · Am Markt 1";

    // A 2×1 PNG (red, blue).
    private static readonly byte[] Logo = Convert.FromBase64String(
        "iVBORw0KGgoAAAANSUhEUgAAAAIAAAABCAIAAAB7QOjdAAAAEUlEQVR4nGP4z8DAwPD/PwMAHvAD/d6/8wAAAABJRU5ErkJggg==");

    public static byte[] Template(WordprocessingDocumentType type = WordprocessingDocumentType.Template)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, type))
        {
            var main = document.AddMainDocumentPart();
            var styles = main.AddNewPart<StyleDefinitionsPart>();
            styles.Styles = new Styles(
                new DocDefaults(new RunPropertiesDefault(new RunPropertiesBaseStyle(
                    new RunFonts { Ascii = "Georgia", HighAnsi = "Georgia" }, new FontSize { Val = "22" }))),
                new Style(new StyleName { Val = "Normal" }) { Type = StyleValues.Paragraph, StyleId = "Normal", Default = true },
                new Style(
                    new StyleName { Val = "heading 1" },
                    new BasedOn { Val = "Normal" },
                    new StyleParagraphProperties(new KeepNext(), new OutlineLevel { Val = 0 }),
                    new StyleRunProperties(new Bold(), new Color { Val = HeadingColor }, new FontSize { Val = "32" }))
                { Type = StyleValues.Paragraph, StyleId = "Heading1" });

            var header = main.AddNewPart<HeaderPart>();
            var image = header.AddImagePart(ImagePartType.Png);
            image.FeedData(new MemoryStream(Logo));
            header.Header = new Header(new Paragraph(new Run(Picture(header.GetIdOfPart(image)))));

            var footer = main.AddNewPart<FooterPart>();
            footer.Footer = new Footer(new Paragraph(new Run(new Text(FooterText))));

            main.Document = new Document(new Body(
                new Paragraph(new Run(new Text("Mustertext, der im Steckbrief nicht erscheinen darf."))),
                new SectionProperties(
                    new HeaderReference { Type = HeaderFooterValues.Default, Id = main.GetIdOfPart(header) },
                    new FooterReference { Type = HeaderFooterValues.Default, Id = main.GetIdOfPart(footer) },
                    new PageSize { Width = 12240, Height = 15840 },
                    new PageMargin { Top = 1701, Right = 1134, Bottom = 1134, Left = 1701, Header = 567, Footer = 567, Gutter = 0 })));
        }

        return stream.ToArray();
    }

    private static Drawing Picture(string relationshipId)
    {
        const long width = 1800000L, height = 900000L;
        return new Drawing(new Wp.Inline(
            new Wp.Extent { Cx = width, Cy = height },
            new Wp.EffectExtent { LeftEdge = 0L, TopEdge = 0L, RightEdge = 0L, BottomEdge = 0L },
            new Wp.DocProperties { Id = 1U, Name = "Logo" },
            new Wp.NonVisualGraphicFrameDrawingProperties(new A.GraphicFrameLocks { NoChangeAspect = true }),
            new A.Graphic(new A.GraphicData(
                new Pic.Picture(
                    new Pic.NonVisualPictureProperties(new Pic.NonVisualDrawingProperties { Id = 0U, Name = "logo.png" }, new Pic.NonVisualPictureDrawingProperties()),
                    new Pic.BlipFill(new A.Blip { Embed = relationshipId }, new A.Stretch(new A.FillRectangle())),
                    new Pic.ShapeProperties(
                        new A.Transform2D(new A.Offset { X = 0L, Y = 0L }, new A.Extents { Cx = width, Cy = height }),
                        new A.PresetGeometry(new A.AdjustValueList()) { Preset = A.ShapeTypeValues.Rectangle })))
            { Uri = "http://schemas.openxmlformats.org/drawingml/2006/picture" }))
        { DistanceFromTop = 0U, DistanceFromBottom = 0U, DistanceFromLeft = 0U, DistanceFromRight = 0U });
    }
}
