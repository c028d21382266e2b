using System.Collections.Concurrent;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace WfTeams.Core.Documents;

/// <summary>
/// Every look of the profile is a named style in the styles part, so users restyle it in Word.
/// A corporate design keeps its own styles; only the ones it lacks are added.
/// </summary>
internal static class ProfileStyles
{
    public const string Title = "Title";
    public const string Subtitle = "Subtitle";
    public const string Heading1 = "Heading1";
    public const string Heading2 = "Heading2";
    public const string Heading3 = "Heading3";
    public const string Header = "Header";
    public const string Footer = "Footer";
    public const string Table = "WfTable";
    public const string TableText = "WfTableText";
    public const string TableHeading = "WfTableHeading";
    public const string TableLabel = "WfTableLabel";
    public const string List = "WfList";
    public const string FlowBox = "WfFlowBox";
    public const string FlowArrow = "WfFlowArrow";
    public const string FlowBranch = "WfFlowBranch";

    private const string Font = "Arial";
    private const string Accent = "1F4E79";
    private const string Grey = "595959";

    /// <summary>The default styles and numbering by language, built once: every profile without a design has the same.</summary>
    private static readonly ConcurrentDictionary<string, (byte[] Styles, byte[] Numbering)> Defaults = new(StringComparer.Ordinal);

    /// <summary>Adds the missing styles and the list numbering, sets the document language.</summary>
    public static void Apply(MainDocumentPart main, string language)
    {
        if (main.StyleDefinitionsPart is null && main.NumberingDefinitionsPart is null)
        {
            var (styles, numbering) = Defaults.GetOrAdd(language, Build);
            main.AddNewPart<StyleDefinitionsPart>().FeedData(new MemoryStream(styles, writable: false));
            main.AddNewPart<NumberingDefinitionsPart>().FeedData(new MemoryStream(numbering, writable: false));
            return;
        }

        var stylesPart = main.StyleDefinitionsPart ?? main.AddNewPart<StyleDefinitionsPart>();
        var numberingPart = main.NumberingDefinitionsPart ?? main.AddNewPart<NumberingDefinitionsPart>();
        var existing = stylesPart.Styles ??= new Styles(DocDefaults(language));
        var list = numberingPart.Numbering ??= new Numbering();
        Merge(existing, language, ListNumbering.Add(list));
        list.Save();
        existing.Save();
    }

    private static (byte[] Styles, byte[] Numbering) Build(string language)
    {
        var styles = new Styles(DocDefaults(language));
        var numbering = new Numbering();
        Merge(styles, language, ListNumbering.Add(numbering));
        using var stylesXml = new MemoryStream();
        styles.Save(stylesXml);
        using var numberingXml = new MemoryStream();
        numbering.Save(numberingXml);
        return (stylesXml.ToArray(), numberingXml.ToArray());
    }

    private static void Merge(Styles styles, string language, int listNumId)
    {
        SetLanguage(styles, language);
        var existing = new HashSet<string>(styles.Elements<Style>().Select(s => s.StyleId?.Value ?? ""), StringComparer.Ordinal);
        foreach (var style in All(listNumId))
        {
            if (existing.Add(style.StyleId!.Value!))
            {
                styles.Append(style);
            }
        }
    }

    private static DocDefaults DocDefaults(string language) => new(
        new RunPropertiesDefault(new RunPropertiesBaseStyle(
            new RunFonts { Ascii = Font, HighAnsi = Font, ComplexScript = Font, EastAsia = Font },
            new FontSize { Val = "20" },
            new FontSizeComplexScript { Val = "20" },
            new Languages { Val = language, EastAsia = language, Bidi = "ar-SA" })),
        new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(
            new SpacingBetweenLines { After = "120", Line = "264", LineRule = LineSpacingRuleValues.Auto })));

    private static void SetLanguage(Styles styles, string language)
    {
        var defaults = styles.DocDefaults ?? styles.PrependChild(new DocDefaults());
        var runDefaults = defaults.RunPropertiesDefault ??= new RunPropertiesDefault();
        var run = runDefaults.RunPropertiesBaseStyle ??= new RunPropertiesBaseStyle();
        var languages = run.Languages ??= new Languages();
        languages.Val = language;
    }

    private static IEnumerable<Style> All(int listNumId)
    {
        yield return new Style(
            new StyleName { Val = "Normal" },
            new PrimaryStyle())
        { Type = StyleValues.Paragraph, StyleId = "Normal", Default = true };
        yield return new Style(new StyleName { Val = "Default Paragraph Font" }, new UIPriority { Val = 1 }, new SemiHidden(), new UnhideWhenUsed())
        { Type = StyleValues.Character, StyleId = "DefaultParagraphFont", Default = true };
        yield return new Style(
            new StyleName { Val = "Normal Table" }, new UIPriority { Val = 99 }, new SemiHidden(), new UnhideWhenUsed(),
            new StyleTableProperties(
                new TableIndentation { Width = 0, Type = TableWidthUnitValues.Dxa },
                new TableCellMarginDefault(
                    new TopMargin { Width = "0", Type = TableWidthUnitValues.Dxa },
                    new TableCellLeftMargin { Width = 108, Type = TableWidthValues.Dxa },
                    new BottomMargin { Width = "0", Type = TableWidthUnitValues.Dxa },
                    new TableCellRightMargin { Width = 108, Type = TableWidthValues.Dxa })))
        { Type = StyleValues.Table, StyleId = "TableNormal", Default = true };

        yield return ParagraphStyle(Title, "Title", 52, bold: true, color: Accent, before: 0, after: 60, keepNext: true);
        yield return ParagraphStyle(Subtitle, "Subtitle", 24, bold: false, color: Grey, before: 0, after: 360);
        yield return Heading(Heading1, "heading 1", 28, 0, before: 360, after: 120, border: true);
        yield return Heading(Heading2, "heading 2", 24, 1, before: 280, after: 80);
        yield return Heading(Heading3, "heading 3", 20, 2, before: 160, after: 40);
        yield return WithTabs(ParagraphStyle(Header, "header", 16, bold: false, color: Grey, before: 0, after: 0));
        yield return WithTabs(ParagraphStyle(Footer, "footer", 16, bold: false, color: Grey, before: 0, after: 0));
        yield return ParagraphStyle(TableText, "WfTeams Tabellentext", 18, bold: false, color: null, before: 20, after: 20);
        yield return ParagraphStyle(TableHeading, "WfTeams Tabellenkopf", 18, bold: true, color: null, before: 20, after: 20, keepNext: true, basedOn: TableText);
        yield return ParagraphStyle(TableLabel, "WfTeams Tabellenbeschriftung", 18, bold: true, color: null, before: 20, after: 20, basedOn: TableText);
        yield return ListStyle(listNumId);
        yield return ParagraphStyle(FlowBox, "WfTeams Ablauf Kasten", 18, bold: false, color: null, before: 20, after: 20, center: true);
        yield return ParagraphStyle(FlowArrow, "WfTeams Ablauf Pfeil", 16, bold: false, color: Grey, before: 0, after: 0, keepNext: true, center: true);
        yield return ParagraphStyle(FlowBranch, "WfTeams Ablauf Verzweigung", 16, bold: false, color: null, before: 10, after: 10);
        yield return TableStyle();
    }

    private static Style ParagraphStyle(
        string id, string name, int halfPoints, bool bold, string? color, int before, int after,
        bool keepNext = false, bool center = false, string basedOn = "Normal")
    {
        var paragraph = new StyleParagraphProperties();
        if (keepNext)
        {
            paragraph.Append(new KeepNext(), new KeepLines());
        }

        paragraph.Append(new SpacingBetweenLines { Before = Twips(before), After = Twips(after) });
        if (center)
        {
            paragraph.Append(new Justification { Val = JustificationValues.Center });
        }

        var run = new StyleRunProperties();
        if (bold)
        {
            run.Append(new Bold());
        }

        if (color is not null)
        {
            run.Append(new Color { Val = color });
        }

        run.Append(new FontSize { Val = Twips(halfPoints) }, new FontSizeComplexScript { Val = Twips(halfPoints) });
        return new Style(
            new StyleName { Val = name },
            new BasedOn { Val = basedOn },
            new NextParagraphStyle { Val = id is Title ? Subtitle : "Normal" },
            new PrimaryStyle(),
            paragraph,
            run)
        { Type = StyleValues.Paragraph, StyleId = id, CustomStyle = id.StartsWith("Wf", StringComparison.Ordinal) };
    }

    private static Style Heading(string id, string name, int halfPoints, int level, int before, int after, bool border = false)
    {
        var paragraph = new StyleParagraphProperties(new KeepNext(), new KeepLines());
        if (border)
        {
            paragraph.Append(new ParagraphBorders(new BottomBorder { Val = BorderValues.Single, Size = 6, Space = 1, Color = Accent }));
        }

        paragraph.Append(
            new SpacingBetweenLines { Before = Twips(before), After = Twips(after) },
            new OutlineLevel { Val = level });
        return new Style(
            new StyleName { Val = name },
            new BasedOn { Val = "Normal" },
            new NextParagraphStyle { Val = "Normal" },
            new UIPriority { Val = 9 },
            new PrimaryStyle(),
            paragraph,
            new StyleRunProperties(new Bold(), new Color { Val = Accent }, new FontSize { Val = Twips(halfPoints) }, new FontSizeComplexScript { Val = Twips(halfPoints) }))
        { Type = StyleValues.Paragraph, StyleId = id };
    }

    /// <summary>Header and footer: organisation or version on the left, process or page on the right.</summary>
    private static Style WithTabs(Style style)
    {
        var paragraph = style.StyleParagraphProperties!;
        paragraph.PrependChild(new Tabs(new TabStop { Val = TabStopValues.Right, Position = WordWriter.TextWidth }));
        return style;
    }

    private static Style ListStyle(int numId) => new(
        new StyleName { Val = "WfTeams Liste" },
        new BasedOn { Val = "Normal" },
        new PrimaryStyle(),
        new StyleParagraphProperties(
            new NumberingProperties(new NumberingId { Val = numId }),
            new SpacingBetweenLines { After = "40" },
            new Indentation { Left = "357", Hanging = "357" }))
    { Type = StyleValues.Paragraph, StyleId = List, CustomStyle = true };

    private static Style TableStyle()
    {
        static BorderType Line<T>() where T : BorderType, new() => new T { Val = BorderValues.Single, Size = 4, Space = 0, Color = "A6A6A6" };
        return new Style(
            new StyleName { Val = "WfTeams Tabelle" },
            new BasedOn { Val = "TableNormal" },
            new UIPriority { Val = 59 },
            new StyleParagraphProperties(new SpacingBetweenLines { After = "0" }),
            new StyleTableProperties(
                new TableBorders(Line<TopBorder>(), Line<LeftBorder>(), Line<BottomBorder>(), Line<RightBorder>(), Line<InsideHorizontalBorder>(), Line<InsideVerticalBorder>()),
                new TableCellMarginDefault(
                    new TopMargin { Width = "28", Type = TableWidthUnitValues.Dxa },
                    new TableCellLeftMargin { Width = 85, Type = TableWidthValues.Dxa },
                    new BottomMargin { Width = "28", Type = TableWidthUnitValues.Dxa },
                    new TableCellRightMargin { Width = 85, Type = TableWidthValues.Dxa })),
            new TableStyleProperties(
                new RunPropertiesBaseStyle(new Bold()),
                new TableStyleConditionalFormattingTableCellProperties(new Shading { Val = ShadingPatternValues.Clear, Color = "auto", Fill = "DEEAF6" }))
            { Type = TableStyleOverrideValues.FirstRow },
            new TableStyleProperties(
                new RunPropertiesBaseStyle(new Bold()),
                new TableStyleConditionalFormattingTableCellProperties(new Shading { Val = ShadingPatternValues.Clear, Color = "auto", Fill = "F2F2F2" }))
            { Type = TableStyleOverrideValues.FirstColumn })
        { Type = StyleValues.Table, StyleId = Table, CustomStyle = true };
    }

    private static string Twips(int value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
