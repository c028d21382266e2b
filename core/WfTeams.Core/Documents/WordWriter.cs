using System.Globalization;

namespace WfTeams.Core.Documents;

/// <summary>
/// Writes the body of the main document part straight to the part's stream: paragraphs, runs,
/// tables, and the content controls that tag each template field with its path
/// (<c>wf:steps[3].title</c>). The body is the bulk of a profile (6 MB of XML for 500 steps);
/// building it as Open XML SDK objects first cost eight times the time and memory, so only the
/// small parts (styles, header, footer, page setup) are built as objects, once per design (<see cref="PackageSkeleton"/>).
/// </summary>
internal sealed class WordWriter(XmlPartWriter xml)
{
    public const string TagPrefix = "wf:";

    /// <summary>
    /// Tag and title of the controls that hold figures computed from the cases (the KPIs' "Ist"): no template field,
    /// locked against editing, skipped when an edited profile is read back.
    /// </summary>
    public const string FiguresTag = "wf-figures";
    private const string W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private const string R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private static readonly string[] Sides = ["top", "left", "bottom", "right"];

    private string[] _columns = [];
    private int _column;
    private int _inField;

    /// <summary>
    /// A fingerprint of the text written outside content controls (see <see cref="OutsideText"/>):
    /// stored in the document, it tells a reader cheaply whether someone typed outside the fields.
    /// </summary>
    public OutsideText Outside { get; } = new();

    /// <summary>The page setups of the package being written, for a body that turns a page to landscape.</summary>
    public PageSections? Sections { get; init; }

    /// <summary>Text width of an A4 page with the default margins, in twentieths of a point.</summary>
    public const int TextWidth = PageFrame.A4Width - PageFrame.LeftMargin - PageFrame.RightMargin;

    public void StartDocument()
    {
        xml.Declaration();
        Start("document");
        xml.Namespace("w", W);
        xml.Namespace("r", R);
        Start("body");
    }

    /// <summary>Ends the body with its page setup (XML made once, declaring its own prefixes), which names the header and footer parts.</summary>
    public void EndDocument(string sectionXml)
    {
        xml.Raw(sectionXml);
        End();
        End();
    }

    /// <summary>Ends the section written so far with <paramref name="sectionXml"/> as its page setup: what follows starts on a new page.</summary>
    public void SectionBreak(string sectionXml)
    {
        Start("p");
        Start("pPr");
        xml.Raw(sectionXml);
        End();
        End();
    }

    /// <summary>
    /// A centred paragraph holding the package's picture (<see cref="PackageSkeleton.PictureRelationship"/>) inline,
    /// <paramref name="width"/> × <paramref name="height"/> EMU, described by <paramref name="description"/> for screen readers.
    /// </summary>
    public void Picture(long width, long height, string description)
    {
        var cx = width.ToString(CultureInfo.InvariantCulture);
        var cy = height.ToString(CultureInfo.InvariantCulture);
        var descr = System.Security.SecurityElement.Escape(XmlText.Clean(description));
        Start("p");
        Start("pPr");
        Empty("jc", "center");
        End();
        Start("r");
        Start("drawing");
        // Once per document: written as one piece of XML declaring its own prefixes (docPr id unique: the one picture of the body).
        xml.Raw(
            "<wp:inline distT=\"0\" distB=\"0\" distL=\"0\" distR=\"0\" xmlns:wp=\"http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing\">"
            + $"<wp:extent cx=\"{cx}\" cy=\"{cy}\"/><wp:docPr id=\"4201\" name=\"Picture\" descr=\"{descr}\"/>"
            + "<wp:cNvGraphicFramePr><a:graphicFrameLocks noChangeAspect=\"1\" xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\"/></wp:cNvGraphicFramePr>"
            + "<a:graphic xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\"><a:graphicData uri=\"http://schemas.openxmlformats.org/drawingml/2006/picture\">"
            + "<pic:pic xmlns:pic=\"http://schemas.openxmlformats.org/drawingml/2006/picture\">"
            + $"<pic:nvPicPr><pic:cNvPr id=\"0\" name=\"picture.png\" descr=\"{descr}\"/><pic:cNvPicPr/></pic:nvPicPr>"
            + $"<pic:blipFill><a:blip r:embed=\"{PackageSkeleton.PictureRelationship}\"/><a:stretch><a:fillRect/></a:stretch></pic:blipFill>"
            + $"<pic:spPr><a:xfrm><a:off x=\"0\" y=\"0\"/><a:ext cx=\"{cx}\" cy=\"{cy}\"/></a:xfrm><a:prstGeom prst=\"rect\"><a:avLst/></a:prstGeom></pic:spPr>"
            + "</pic:pic></a:graphicData></a:graphic></wp:inline>");
        End(); // drawing
        End(); // r
        End(); // p
    }

    public void StartParagraph(string? styleId)
    {
        Start("p");
        if (styleId is not null)
        {
            Start("pPr");
            Empty("pStyle", styleId);
            End();
        }
    }

    public void EndParagraph() => End();

    public void Paragraph(string? styleId, string text, bool bold = false)
    {
        StartParagraph(styleId);
        Run(text, bold);
        End();
    }

    public void EmptyParagraph(string? styleId)
    {
        StartParagraph(styleId);
        End();
    }

    /// <summary>A run of text; line breaks become breaks and tabs tabs; what XML cannot hold is left out.</summary>
    public void Run(string text, bool bold = false, string? color = null)
    {
        Start("r");
        if (bold || color is not null)
        {
            Start("rPr");
            if (bold)
            {
                Empty("b");
            }

            if (color is not null)
            {
                Empty("color", color);
            }

            End();
        }

        Text(XmlText.Clean(text));
        End();
    }

    /// <summary>A template field as a plain-text content control tagged with its path.</summary>
    public void Field(string path, string text, string? alias = null, bool bold = false)
    {
        Start("sdt");
        FieldProperties(path, alias, plainText: true);
        Start("sdtContent");
        _inField++;
        Run(text, bold);
        _inField--;
        End();
        End();
    }

    /// <summary>Text computed from the cases in a locked control tagged <see cref="FiguresTag"/>: read back, it is no edit and no text outside the fields.</summary>
    public void Figures(string text, bool bold = false, string? color = null)
    {
        Start("sdt");
        Start("sdtPr");
        Empty("alias", FiguresTag);
        Empty("tag", FiguresTag);
        Empty("lock", "sdtContentLocked");
        End();
        Start("sdtContent");
        _inField++;
        Run(text, bold, color);
        _inField--;
        End();
        End();
    }

    /// <summary>Several fields in one line, separated by commas (contributors, tools, choices).</summary>
    public void FieldList(string path, IReadOnlyList<string> values)
    {
        for (var i = 0; i < values.Count; i++)
        {
            if (i > 0)
            {
                Run(", ");
            }

            Field(Indexed(path, i), values[i]);
        }
    }

    /// <summary>
    /// A long text: one paragraph with a plain-text control, or, when it has line breaks, a block
    /// content control of one paragraph per line. One paragraph of hundreds of lines in a table
    /// cell is left on blank pages by LibreOffice; paragraphs break across pages everywhere.
    /// </summary>
    public void Block(string path, string text, string? styleId, string? alias = null)
    {
        text = XmlText.Clean(text);
        if (text.AsSpan().IndexOfAny('\n', '\r') < 0)
        {
            StartParagraph(styleId);
            Field(path, text, alias);
            End();
            return;
        }

        Start("sdt");
        FieldProperties(path, alias, plainText: false);
        Start("sdtContent");
        _inField++;
        foreach (var line in text.ReplaceLineEndings("\n").Split('\n'))
        {
            Paragraph(styleId, line);
        }

        _inField--;
        End();
        End();
    }

    /// <summary>A table over the full text width; <paramref name="widths"/> are shares that add up to 1.</summary>
    public void StartTable(IReadOnlyList<double> widths, IReadOnlyList<string>? header, bool firstColumn = false, bool borderless = false)
    {
        _columns = [.. widths.Select(w => ((int)Math.Round(w * TextWidth)).ToString(CultureInfo.InvariantCulture))];
        Start("tbl");
        Start("tblPr");
        if (!borderless)
        {
            Empty("tblStyle", ProfileStyles.Table);
        }

        Start("tblW");
        Attribute("w", "5000");
        Attribute("type", "pct");
        End();
        if (borderless)
        {
            Start("tblBorders");
            foreach (var side in (ReadOnlySpan<string>)["top", "left", "bottom", "right", "insideH", "insideV"])
            {
                Empty(side, "nil");
            }

            End();
        }

        Start("tblLayout");
        Attribute("type", "fixed");
        End();

        // LibreOffice reads only the bit mask, Word the attributes: say it both ways.
        Start("tblLook");
        Attribute("val", ((header is not null ? 0x0020 : 0) | (firstColumn ? 0x0080 : 0) | 0x0600).ToString("X4", CultureInfo.InvariantCulture));
        Attribute("firstRow", header is not null ? "1" : "0");
        Attribute("lastRow", "0");
        Attribute("firstColumn", firstColumn ? "1" : "0");
        Attribute("lastColumn", "0");
        Attribute("noHBand", "1");
        Attribute("noVBand", "1");
        End();
        End();

        Start("tblGrid");
        foreach (var column in _columns)
        {
            Start("gridCol");
            Attribute("w", column);
            End();
        }

        End();
        if (header is not null)
        {
            // Repeated on every page; never split, so a heading row is never left alone.
            StartRow(cantSplit: true, header: true);
            foreach (var label in header)
            {
                StartCell();
                Paragraph(ProfileStyles.TableHeading, label);
                EndCell();
            }

            EndRow();
        }
    }

    public void EndTable() => End();

    public void StartRow(bool cantSplit = false, bool header = false)
    {
        Start("tr");
        if (cantSplit || header)
        {
            Start("trPr");
            if (cantSplit)
            {
                Empty("cantSplit");
            }

            if (header)
            {
                Empty("tblHeader");
            }

            End();
        }

        _column = 0;
    }

    public void EndRow() => End();

    /// <summary>A cell of the current column's width; framed and filled for the flow overview's boxes.</summary>
    public void StartCell(string? fill = null, string? line = null, bool center = false)
    {
        Start("tc");
        Start("tcPr");
        Start("tcW");
        Attribute("w", _columns[Math.Min(_column++, _columns.Length - 1)]);
        Attribute("type", "dxa");
        End();
        if (line is not null)
        {
            Start("tcBorders");
            foreach (var side in Sides)
            {
                Start(side);
                Attribute("val", "single");
                Attribute("sz", "8");
                Attribute("space", "0");
                Attribute("color", line);
                End();
            }

            End();
        }

        if (fill is not null)
        {
            Start("shd");
            Attribute("val", "clear");
            Attribute("color", "auto");
            Attribute("fill", fill);
            End();
        }

        if (center || fill is not null)
        {
            Empty("vAlign", "center");
        }

        End();
    }

    public void EndCell() => End();

    public void TextCell(string text, bool bold = false)
    {
        StartCell();
        Paragraph(ProfileStyles.TableText, text, bold);
        End();
    }

    /// <summary>A cell with one field; an empty cell when the value is not filled.</summary>
    public void FieldCell(string path, string? text)
    {
        StartCell();
        StartParagraph(ProfileStyles.TableText);
        if (Filled(text))
        {
            Field(path, text!);
        }

        End();
        End();
    }

    /// <summary>
    /// A cell with one long text (see <see cref="Block"/>). Text of several lines gets a cell-level
    /// content control around the whole cell: Word wants a cell to end with a paragraph, not with a
    /// block content control.
    /// </summary>
    public void BlockCell(string path, string? text)
    {
        var clean = Filled(text) ? XmlText.Clean(text!) : "";
        if (clean.AsSpan().IndexOfAny('\n', '\r') < 0)
        {
            FieldCell(path, clean);
            return;
        }

        Start("sdt");
        FieldProperties(path, null, plainText: false);
        Start("sdtContent");
        _inField++;
        StartCell();
        foreach (var line in clean.ReplaceLineEndings("\n").Split('\n'))
        {
            Paragraph(ProfileStyles.TableText, line);
        }

        End();
        _inField--;
        End();
        End();
    }

    /// <summary>A label cell (bold table text), for the key–value tables.</summary>
    public void LabelCell(string label)
    {
        StartCell();
        Paragraph(ProfileStyles.TableLabel, label);
        End();
    }

    public void EmptyCell(string styleId = ProfileStyles.TableText)
    {
        StartCell();
        EmptyParagraph(styleId);
        End();
    }

    public static bool Filled(string? value) => !string.IsNullOrWhiteSpace(value);

    public static string Indexed(string path, int index) => string.Create(CultureInfo.InvariantCulture, $"{path}[{index}]");

    private void FieldProperties(string path, string? alias, bool plainText)
    {
        // Every control has a title: editors that drop tags keep it (LibreOffice 7.4 does), so a
        // reader can still align the controls by order and title.
        Start("sdtPr");
        Start("alias");
        if (alias is not null)
        {
            Attribute("val", XmlText.Clean(alias));
        }
        else
        {
            xml.Attribute("val", TagPrefix, path);
        }

        End();

        Start("tag");
        xml.Attribute("val", TagPrefix, path);
        End();
        if (plainText)
        {
            Start("text");
            Attribute("multiLine", "1");
            End();
        }

        End();
    }

    private void Text(string text)
    {
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c is not ('\n' or '\r' or '\t'))
            {
                continue;
            }

            if (i > start)
            {
                TextElement(text.AsSpan(start, i - start));
            }

            if (c == '\t')
            {
                Empty("tab");
            }
            else
            {
                if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }

                Empty("br");
            }

            start = i + 1;
        }

        if (start < text.Length)
        {
            TextElement(text.AsSpan(start));
        }
    }

    private void TextElement(ReadOnlySpan<char> text)
    {
        Start("t");
        if (char.IsWhiteSpace(text[0]) || char.IsWhiteSpace(text[^1]))
        {
            xml.PreserveSpace();
        }

        if (_inField == 0)
        {
            Outside.Add(text);
        }

        xml.Text(text);
        End();
    }

    private void Start(string name) => xml.Start(name);

    private void End() => xml.End();

    private void Empty(string name)
    {
        Start(name);
        End();
    }

    private void Empty(string name, string value)
    {
        Start(name);
        Attribute("val", value);
        End();
    }

    private void Attribute(string name, string value) => xml.Attribute(name, value);
}
