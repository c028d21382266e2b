using System.Xml.Linq;
using WfTeams.Core.Documents;

namespace WfTeams.Core.Tests.Documents;

/// <summary>The body's own UTF-8 writer (issue 16): what it writes is XML that reads back to the same text.</summary>
public sealed class XmlPartWriterTests
{
    private static readonly XNamespace W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    [Fact]
    public void Write_TextLongerThanTheBufferWithEscapesAndUmlauts_ReadsBackTheSame()
    {
        // Three-byte and four-byte characters across the 16 KB buffer's end, markup characters in between.
        var text = string.Concat(Enumerable.Repeat("Größe <&> „Fläche“ 🏭 ", 2_000));

        var root = Write(xml =>
        {
            xml.Start("t");
            xml.PreserveSpace();
            xml.Text(text);
            xml.End();
        });

        Assert.Equal(text, root.Element(W + "t")!.Value);
    }

    [Fact]
    public void Write_AttributeWithQuotesAndLineBreaks_ReadsBackTheSame()
    {
        var value = "Er sagte \"ja\" & <nein>\n\tzweite Zeile\r\n";

        var root = Write(xml =>
        {
            xml.Start("alias");
            xml.Attribute("val", value);
            xml.End();
            xml.Start("tag");
            xml.Attribute("val", "wf:", "steps[3].title");
            xml.End();
        });

        Assert.Equal(value, root.Element(W + "alias")!.Attribute(W + "val")!.Value);
        Assert.Equal("wf:steps[3].title", root.Element(W + "tag")!.Attribute(W + "val")!.Value);
    }

    [Fact]
    public void Write_ElementWithoutContent_IsEmptyElementAndNestingHolds()
    {
        var stream = new MemoryStream();
        using (var xml = new XmlPartWriter(stream))
        {
            xml.Start("p");
            xml.Start("pPr");
            xml.Start("keepNext");
            xml.End();
            xml.End();
            xml.End();
        }

        Assert.Equal("<w:p><w:pPr><w:keepNext/></w:pPr></w:p>", System.Text.Encoding.UTF8.GetString(stream.ToArray()));
    }

    private static XElement Write(Action<XmlPartWriter> write)
    {
        var stream = new MemoryStream();
        using (var xml = new XmlPartWriter(stream))
        {
            xml.Declaration();
            xml.Start("document");
            xml.Namespace("w", W.NamespaceName);
            write(xml);
            xml.End();
        }

        stream.Position = 0;
        return XDocument.Load(stream, LoadOptions.PreserveWhitespace).Root!;
    }
}
