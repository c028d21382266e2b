using WfTeams.Core.Processes;

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

    public static void Write(WordWriter w, ProcessTemplate template, ProfileText text)
    {
        var numbers = StepSections.StepNumbers(template);
        ProfileSections.Heading(w, text["ProfileFlow"]);
        w.StartTable([0.07, 0.48, 0.45], null, borderless: true);
        Terminal(w, text["ProfileFlowStart"]);
        for (var i = 0; i < template.Steps.Count; i++)
        {
            Connector(w, i == 0 || FallsThrough(template.Steps[i - 1]));
            Box(w, template, numbers, i, text);
        }

        if (FallsThrough(template.Steps[^1]))
        {
            Connector(w, arrow: true);
            Terminal(w, text["ProfileFlowEnd"]);
        }

        w.EndTable();
    }

    /// <summary>Whether a step simply continues with the following one.</summary>
    private static bool FallsThrough(ProcessStep step) => step.Decision is null && step.Next is null && !step.End;

    private static void Box(WordWriter w, ProcessTemplate template, IReadOnlyDictionary<string, int> numbers, int i, ProfileText text)
    {
        var step = template.Steps[i];
        var decision = step.Decision;
        w.StartRow(cantSplit: true);

        w.StartCell(center: true);
        w.Paragraph(ProfileStyles.FlowBox, text.Number(i + 1), bold: true);
        w.EndCell();

        w.StartCell(decision is null ? StepFill : DecisionFill, decision is null ? StepLine : DecisionLine);
        w.Paragraph(ProfileStyles.FlowBox, step.Title, bold: true);
        w.Paragraph(ProfileStyles.FlowArrow, step.Responsible);
        if (decision is not null)
        {
            w.Paragraph(ProfileStyles.FlowBox, decision.Question);
        }

        w.EndCell();

        w.StartCell(center: true);
        if (decision is not null)
        {
            foreach (var option in decision.Options)
            {
                w.StartParagraph(ProfileStyles.FlowBranch);
                w.Run(option.Label + ": ", bold: true);
                w.Run(Target(template, numbers, i, option.End ? null : option.Next, text));
                w.EndParagraph();
            }
        }
        else if (step.Next is not null && !step.End)
        {
            w.Paragraph(ProfileStyles.FlowBranch, Target(template, numbers, i, step.Next, text));
        }
        else if (step.End && i < template.Steps.Count - 1)
        {
            w.Paragraph(ProfileStyles.FlowBranch, Target(template, numbers, i, null, text));
        }
        else
        {
            w.EmptyParagraph(ProfileStyles.FlowBranch);
        }

        w.EndCell();
        w.EndRow();
    }

    /// <summary>"→ weiter mit 7. Standort besichtigen", "↑ zurück zu 3. …" for a loop, "■ Ende" for the end.</summary>
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

    private static void Terminal(WordWriter w, string label)
    {
        w.StartRow(cantSplit: true);
        w.EmptyCell(ProfileStyles.FlowArrow);
        w.StartCell(TerminalFill, TerminalFill);
        w.StartParagraph(ProfileStyles.FlowBox);
        w.Run(label, bold: true, color: "FFFFFF");
        w.EndParagraph();
        w.EndCell();
        w.EmptyCell(ProfileStyles.FlowArrow);
        w.EndRow();
    }

    /// <summary>An arrow to a step that follows from the one above, else a gap.</summary>
    private static void Connector(WordWriter w, bool arrow)
    {
        w.StartRow(cantSplit: true);
        w.EmptyCell(ProfileStyles.FlowArrow);
        w.StartCell();
        if (arrow)
        {
            w.Paragraph(ProfileStyles.FlowArrow, "↓");
        }
        else
        {
            w.EmptyParagraph(ProfileStyles.FlowArrow);
        }

        w.EndCell();
        w.EmptyCell(ProfileStyles.FlowArrow);
        w.EndRow();
    }
}
