using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace WfTeams.Core.Documents;

/// <summary>
/// The small element functions every section is built from: paragraphs, runs, tables and the
/// content controls that tag each template field with its path (<c>wf:steps[3].title</c>).
/// </summary>
internal static class WordElements
{
    public const string TagPrefix = "wf:";

    /// <summary>Text width of an A4 page with the default margins, in twentieths of a point.</summary>
    public const int TextWidth = PageFrame.A4Width - PageFrame.LeftMargin - PageFrame.RightMargin;

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

    public static Run Run(string text, bool bold = false)
    {
        var run = new Run();
        if (bold)
        {
            run.Append(new RunProperties(new Bold()));
        }

        AppendText(run, text);
        return run;
    }

    /// <summary>
    /// A template field as a plain-text content control tagged with its path, so an edited profile
    /// can be read back into a template. Null or blank values make nothing: no empty rows.
    /// </summary>
    public static SdtRun Field(string path, string text, string? alias = null, bool bold = false)
    {
        var properties = new SdtProperties();
        if (alias is not null)
        {
            properties.Append(new SdtAlias { Val = XmlText.Clean(alias) });
        }

        properties.Append(new Tag { Val = TagPrefix + path }, new SdtContentText { MultiLine = true });
        return new SdtRun(properties, new SdtContentRun(Run(text, bold)));
    }

    /// <summary>
    /// A long text in paragraph style <paramref name="styleId"/>: one paragraph with a plain-text
    /// control, or, when it has line breaks, a block content control holding one paragraph per line.
    /// One paragraph of hundreds of lines in a table cell is left on blank pages by LibreOffice;
    /// paragraphs break across pages everywhere.
    /// </summary>
    public static OpenXmlElement Block(string path, string text, string? styleId, string? alias = null)
    {
        text = XmlText.Clean(text);
        if (text.AsSpan().IndexOfAny('\n', '\r') < 0)
        {
            return Paragraph(styleId, Field(path, text, alias));
        }

        var properties = new SdtProperties();
        if (alias is not null)
        {
            properties.Append(new SdtAlias { Val = XmlText.Clean(alias) });
        }

        properties.Append(new Tag { Val = TagPrefix + path });
        return new SdtBlock(properties, new SdtContentBlock(text.ReplaceLineEndings("\n").Split('\n').Select(line => Paragraph(styleId, Run(line)))));
    }

    /// <summary>A table cell holding one long text (see <see cref="Block"/>).</summary>
    public static TableCell BlockCell(string path, string? text) =>
        Filled(text) ? new TableCell(Block(path, text!, ProfileStyles.TableText)) : Cell();

    /// <summary>Several fields in one line, separated by commas (contributors, tools, choices).</summary>
    public static IEnumerable<OpenXmlElement> FieldList(string path, IReadOnlyList<string> values)
    {
        for (var i = 0; i < values.Count; i++)
        {
            if (i > 0)
            {
                yield return Run(", ");
            }

            yield return Field($"{path}[{i}]", values[i]);
        }
    }

    public static bool Filled(string? value) => !string.IsNullOrWhiteSpace(value);

    /// <summary>A table in the profile's table style over the full text width; <paramref name="widths"/> are shares that add up to 1.</summary>
    public static Table Table(double[] widths, string[]? header, IEnumerable<TableRow> rows, bool firstColumn = false)
    {
        var twips = widths.Select(w => (int)Math.Round(w * TextWidth)).ToArray();
        var table = new Table(
            new TableProperties(
                new TableStyle { Val = ProfileStyles.Table },
                new TableWidth { Width = "5000", Type = TableWidthUnitValues.Pct },
                new TableLayout { Type = TableLayoutValues.Fixed },
                new TableLook
                {
                    // LibreOffice reads only the bit mask, Word the attributes: say it both ways.
                    Val = ((header is not null ? 0x0020 : 0) | (firstColumn ? 0x0080 : 0) | 0x0600).ToString("X4", System.Globalization.CultureInfo.InvariantCulture),
                    FirstRow = header is not null,
                    FirstColumn = firstColumn,
                    LastRow = false,
                    LastColumn = false,
                    NoHorizontalBand = true,
                    NoVerticalBand = true,
                }),
            new TableGrid(twips.Select(w => new GridColumn { Width = w.ToString(System.Globalization.CultureInfo.InvariantCulture) })));
        if (header is not null)
        {
            // Repeated on every page; never split, so a heading row is never left alone.
            table.Append(new TableRow(
                [new TableRowProperties(new CantSplit(), new TableHeader()),
                .. header.Select((h, c) => Cell(twips[c], Paragraph(ProfileStyles.TableHeading, Run(h))))]));
        }

        foreach (var row in rows)
        {
            var cells = row.Elements<TableCell>().ToArray();
            for (var c = 0; c < cells.Length && c < twips.Length; c++)
            {
                cells[c].TableCellProperties ??= new TableCellProperties();
                cells[c].TableCellProperties!.TableCellWidth = new TableCellWidth { Width = twips[c].ToString(System.Globalization.CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa };
            }

            table.Append(row);
        }

        return table;
    }

    public static TableRow Row(params TableCell[] cells) => new(cells);

    /// <summary>A cell of table text; a cell needs at least one paragraph.</summary>
    public static TableCell Cell(params OpenXmlElement[] content) =>
        new(Paragraph(ProfileStyles.TableText, content));

    /// <summary>A cell of several paragraphs.</summary>
    public static TableCell Cell(IEnumerable<Paragraph> paragraphs)
    {
        var cell = new TableCell(paragraphs);
        if (!cell.Elements<Paragraph>().Any())
        {
            cell.Append(Paragraph(ProfileStyles.TableText));
        }

        return cell;
    }

    /// <summary>A label cell (bold table text), for the key–value tables.</summary>
    public static TableCell LabelCell(string label) => new(Paragraph(ProfileStyles.TableLabel, Run(label)));

    private static TableCell Cell(int width, Paragraph paragraph) =>
        new(new TableCellProperties(new TableCellWidth { Width = width.ToString(System.Globalization.CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa }), paragraph);

    /// <summary>Line breaks become breaks and tabs tabs; what XML cannot hold is left out.</summary>
    private static void AppendText(Run run, string text)
    {
        text = XmlText.Clean(text);
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
                run.Append(TextElement(text[start..i]));
            }

            if (c == '\t')
            {
                run.Append(new TabChar());
            }
            else
            {
                if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }

                run.Append(new Break());
            }

            start = i + 1;
        }

        if (start < text.Length)
        {
            run.Append(TextElement(start == 0 ? text : text[start..]));
        }
    }

    private static Text TextElement(string text)
    {
        var element = new Text(text);
        if (char.IsWhiteSpace(text[0]) || char.IsWhiteSpace(text[^1]))
        {
            element.Space = SpaceProcessingModeValues.Preserve;
        }

        return element;
    }
}
