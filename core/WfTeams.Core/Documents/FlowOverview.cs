using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using WfTeams.Core.Processes;
using static WfTeams.Core.Documents.WordElements;

namespace WfTeams.Core.Documents;

/// <summary>
/// The process flow as a flowchart built from a borderless table: one box per step, arrows between
/// steps that follow each other, decisions as amber boxes with their branches beside them, jumps
/// and loops named with the target step. Native Word content rather than a drawing or a picture:
/// it paginates for 500 steps, renders alike in Word and LibreOffice, and its text stays searchable.
/// </summary>
internal static class FlowOverview
{
    private const string StepFill = "DEEAF6";
    private const string StepLine = "2E75B6";
    private const string DecisionFill = "FFF2CC";
    private const string DecisionLine = "BF9000";
    private const string TerminalFill = "1F4E79";
    private static readonly double[] Widths = [0.07, 0.48, 0.45];

    public static IEnumerable<OpenXmlElement> Create(ProcessTemplate template, ProfileText text)
    {
        var numbers = StepSections.StepNumbers(template);
        var rows = new List<TableRow>(template.Steps.Count * 2 + 3) { Terminal(text["ProfileFlowStart"]) };
        for (var i = 0; i < template.Steps.Count; i++)
        {
            var step = template.Steps[i];
            rows.Add(i == 0 || FallsThrough(template.Steps[i - 1]) ? Arrow() : Gap());
            rows.Add(Box(template, numbers, i, text));
        }

        if (FallsThrough(template.Steps[^1]))
        {
            rows.Add(Arrow());
            rows.Add(Terminal(text["ProfileFlowEnd"]));
        }

        var twips = Widths.Select(w => (int)Math.Round(w * TextWidth)).ToArray();
        var table = new Table(
            new TableProperties(
                new TableWidth { Width = "5000", Type = TableWidthUnitValues.Pct },
                new TableBorders(
                    new TopBorder { Val = BorderValues.Nil }, new LeftBorder { Val = BorderValues.Nil }, new BottomBorder { Val = BorderValues.Nil },
                    new RightBorder { Val = BorderValues.Nil }, new InsideHorizontalBorder { Val = BorderValues.Nil }, new InsideVerticalBorder { Val = BorderValues.Nil }),
                new TableLayout { Type = TableLayoutValues.Fixed },
                new TableLook { Val = "0600", FirstRow = false, FirstColumn = false, LastRow = false, LastColumn = false, NoHorizontalBand = true, NoVerticalBand = true }),
            new TableGrid(twips.Select(w => new GridColumn { Width = w.ToString(CultureInfo.InvariantCulture) })));
        foreach (var row in rows)
        {
            var cells = row.Elements<TableCell>().ToArray();
            for (var c = 0; c < cells.Length; c++)
            {
                var properties = cells[c].TableCellProperties ??= new TableCellProperties();
                properties.PrependChild(new TableCellWidth { Width = twips[c].ToString(CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa });
            }

            table.Append(row);
        }

        return ProfileSections.Section(text["ProfileFlow"], table);
    }

    /// <summary>Whether a step simply continues with the following one.</summary>
    private static bool FallsThrough(ProcessStep step) => step.Decision is null && step.Next is null && !step.End;

    private static TableRow Box(ProcessTemplate template, IReadOnlyDictionary<string, int> numbers, int i, ProfileText text)
    {
        var step = template.Steps[i];
        var box = new List<Paragraph>
        {
            Paragraph(ProfileStyles.FlowBox, Run(step.Title, bold: true)),
            Paragraph(ProfileStyles.FlowArrow, Run(step.Responsible)),
        };
        var branches = new List<Paragraph>();
        if (step.Decision is { } decision)
        {
            box.Add(Paragraph(ProfileStyles.FlowBox, Run(decision.Question)));
            foreach (var option in decision.Options)
            {
                branches.Add(Paragraph(ProfileStyles.FlowBranch, Run(option.Label + ": ", bold: true), Run(Target(template, numbers, i, option.End ? null : option.Next, text))));
            }
        }
        else if (step.Next is not null && !step.End)
        {
            branches.Add(Paragraph(ProfileStyles.FlowBranch, Run(Target(template, numbers, i, step.Next, text))));
        }
        else if (step.End && i < template.Steps.Count - 1)
        {
            branches.Add(Paragraph(ProfileStyles.FlowBranch, Run(Target(template, numbers, i, null, text))));
        }

        var decisionStep = step.Decision is not null;
        return new TableRow(
            new TableRowProperties(new CantSplit()),
            new TableCell(new TableCellProperties(new TableCellVerticalAlignment { Val = TableVerticalAlignmentValues.Center }),
                Paragraph(ProfileStyles.FlowBox, Run(text.Number(i + 1), bold: true))),
            new TableCell([Framed(decisionStep ? DecisionFill : StepFill, decisionStep ? DecisionLine : StepLine), .. box]),
            new TableCell([new TableCellProperties(new TableCellVerticalAlignment { Val = TableVerticalAlignmentValues.Center }),
                .. branches.Count > 0 ? branches : [Paragraph(ProfileStyles.FlowBranch)]]));
    }

    /// <summary>"→ 7. Standort besichtigen", "↑ zurück zu 3. …" for a loop, "■ Ende" for the end.</summary>
    private static string Target(ProcessTemplate template, IReadOnlyDictionary<string, int> numbers, int from, string? next, ProfileText text)
    {
        if (next is null)
        {
            return "■ " + text["ProfileFlowEnd"];
        }

        var name = StepSections.StepName(template, numbers, next, text);
        return numbers.TryGetValue(next, out var to) && to <= from
            ? "↑ " + text.Format("ProfileFlowBack", name)
            : "→ " + text.Format("ProfileFlowNext", name);
    }

    private static TableRow Terminal(string label)
    {
        var run = new Run(new RunProperties(new Bold(), new Color { Val = "FFFFFF" }), new Text(label));
        return new TableRow(
            new TableRowProperties(new CantSplit()),
            Empty(),
            new TableCell(Framed(TerminalFill, TerminalFill), Paragraph(ProfileStyles.FlowBox, run)),
            Empty());
    }

    private static TableRow Arrow() => new(
        new TableRowProperties(new CantSplit()),
        Empty(),
        new TableCell(new TableCellProperties(), Paragraph(ProfileStyles.FlowArrow, new Run(new Text("↓")))),
        Empty());

    private static TableRow Gap() => new(
        new TableRowProperties(new CantSplit()),
        Empty(),
        new TableCell(new TableCellProperties(), Paragraph(ProfileStyles.FlowArrow)),
        Empty());

    private static TableCell Empty() => new(new TableCellProperties(), Paragraph(ProfileStyles.FlowArrow));

    private static TableCellProperties Framed(string fill, string line)
    {
        static T Edge<T>(string color) where T : BorderType, new() => new() { Val = BorderValues.Single, Size = 8, Space = 0, Color = color };
        return new TableCellProperties(
            new TableCellBorders(Edge<TopBorder>(line), Edge<LeftBorder>(line), Edge<BottomBorder>(line), Edge<RightBorder>(line)),
            new Shading { Val = ShadingPatternValues.Clear, Color = "auto", Fill = fill },
            new TableCellVerticalAlignment { Val = TableVerticalAlignmentValues.Center });
    }
}
