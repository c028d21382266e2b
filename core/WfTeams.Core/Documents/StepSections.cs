using WfTeams.Core.Processes;
using static WfTeams.Core.Documents.WordWriter;

namespace WfTeams.Core.Documents;

/// <summary>The steps table (Nr, Schritt, Verantwortlich, Ergebnis, Frist) and each step in detail.</summary>
internal static class StepSections
{
    public static void StepsTable(WordWriter w, ProcessTemplate template, ProfileText text)
    {
        // Result and deadline columns only when some step fills them: no empty columns.
        var result = template.Steps.Any(s => Filled(s.Result));
        var deadline = template.Steps.Any(s => Filled(s.Deadline) || Filled(s.Duration));
        List<double> widths = [0.06, 0.27, 0.24];
        List<string> header = [text["ProfileStepNumber"], text["ProfileStep"], text["ProfileResponsible"]];
        if (result)
        {
            widths.Add(0.25);
            header.Add(text["ProfileResult"]);
        }

        if (deadline)
        {
            widths.Add(0.18);
            header.Add(text["ProfileDeadline"]);
        }

        var total = widths.Sum();
        ProfileSections.Heading(w, text["ProfileSteps"]);
        w.StartTable([.. widths.Select(s => s / total)], header);
        for (var i = 0; i < template.Steps.Count; i++)
        {
            var step = template.Steps[i];
            var path = Indexed("steps", i);
            w.StartRow(cantSplit: true);
            w.TextCell(text.Number(i + 1));
            w.FieldCell(path + ".title", step.Title);
            w.FieldCell(path + ".responsible", step.Responsible);
            if (result)
            {
                w.FieldCell(path + ".result", step.Result);
            }

            if (deadline)
            {
                if (Filled(step.Deadline))
                {
                    w.FieldCell(path + ".deadline", step.Deadline);
                }
                else
                {
                    w.FieldCell(path + ".duration", Filled(step.Duration) ? text.Duration(step.Duration!) : null);
                }
            }

            w.EndRow();
        }

        w.EndTable();
    }

    public static void Details(WordWriter w, ProcessTemplate template, ProfileText text)
    {
        var last = template.Steps.Count - 1;
        if (!template.Steps.Select((step, i) => HasDetails(step, i == last)).Any(has => has))
        {
            return;
        }

        ProfileSections.Heading(w, text["ProfileStepDetails"]);
        var numbers = StepNumbers(template);
        for (var i = 0; i < template.Steps.Count; i++)
        {
            // A step the steps table already tells completely gets no heading of its own here.
            if (HasDetails(template.Steps[i], i == last))
            {
                Step(w, template, numbers, i, text);
            }
        }
    }

    /// <summary>"3. Unterlagen prüfen": how a step is named wherever another part of the profile points to it.</summary>
    public static string StepName(ProcessTemplate template, IReadOnlyDictionary<string, int> numbers, string id, ProfileText text) =>
        numbers.TryGetValue(id, out var index)
            ? text.Format("ProfileStepHeading", text.Number(index + 1), template.Steps[index].Title)
            : id;

    public static Dictionary<string, int> StepNumbers(ProcessTemplate template)
    {
        var numbers = new Dictionary<string, int>(template.Steps.Count, StringComparer.Ordinal);
        for (var i = 0; i < template.Steps.Count; i++)
        {
            numbers.TryAdd(template.Steps[i].Id, i);
        }

        return numbers;
    }

    private static bool HasDetails(ProcessStep step, bool last) =>
        Filled(step.Description) || step.Contributors.Count > 0 || Filled(step.Input) || step.Tools.Count > 0
        || (Filled(step.Duration) && Filled(step.Deadline)) || step.Checklist.Count > 0 || step.Fields.Count > 0
        || step.Decision is not null || step.Links.Count > 0 || (step.Next is not null && !step.End) || (step.End && !last);

    private static void Step(WordWriter w, ProcessTemplate template, IReadOnlyDictionary<string, int> numbers, int i, ProfileText text)
    {
        var step = template.Steps[i];
        var path = Indexed("steps", i);
        w.Paragraph(ProfileStyles.Heading2, text.Format("ProfileStepHeading", text.Number(i + 1), step.Title));

        // The steps table shows the deadline, else the duration; a duration beside a deadline shows here.
        var duration = Filled(step.Duration) && Filled(step.Deadline);
        if (Filled(step.Description) || step.Contributors.Count > 0 || Filled(step.Input) || step.Tools.Count > 0 || duration)
        {
            w.StartTable([0.25, 0.75], null, firstColumn: true);
            if (Filled(step.Description))
            {
                w.StartRow();
                w.LabelCell(text["ProfileDescription"]);
                w.BlockCell(path + ".description", step.Description);
                w.EndRow();
            }

            ListRow(w, text["ProfileContributors"], path + ".contributors", step.Contributors);
            if (Filled(step.Input))
            {
                w.StartRow();
                w.LabelCell(text["ProfileInput"]);
                w.FieldCell(path + ".input", step.Input);
                w.EndRow();
            }

            ListRow(w, text["ProfileTools"], path + ".tools", step.Tools);
            if (duration)
            {
                w.StartRow();
                w.LabelCell(text["ProfileDuration"]);
                w.FieldCell(path + ".duration", text.Duration(step.Duration!));
                w.EndRow();
            }

            w.EndTable();
        }

        if (step.Checklist.Count > 0)
        {
            w.Paragraph(ProfileStyles.Heading3, text["ProfileChecklist"]);
            for (var c = 0; c < step.Checklist.Count; c++)
            {
                w.StartParagraph(ProfileStyles.List);
                w.Field(Indexed(path + ".checklist", c) + ".text", step.Checklist[c].Text);
                if (step.Checklist[c].Required)
                {
                    w.Run(" " + text["ProfileRequiredMark"]);
                }

                w.EndParagraph();
            }
        }

        if (step.Fields.Count > 0)
        {
            Fields(w, step, path, text);
        }

        if (step.Decision is { } decision)
        {
            w.Paragraph(ProfileStyles.Heading3, text["ProfileDecision"]);
            // The question keeps with its answers, as a heading would.
            w.StartParagraph(ProfileStyles.TableHeading);
            w.Field(path + ".decision.question", decision.Question, bold: true);
            w.EndParagraph();
            w.StartTable([0.45, 0.55], [text["ProfileAnswer"], text["ProfileNextStep"]]);
            for (var o = 0; o < decision.Options.Count; o++)
            {
                var option = decision.Options[o];
                w.StartRow();
                w.FieldCell(Indexed(path + ".decision.options", o) + ".label", option.Label);
                w.TextCell(option.End || option.Next is null ? text["ProfileFlowEnd"] : StepName(template, numbers, option.Next, text));
                w.EndRow();
            }

            w.EndTable();
        }
        else if (step.Next is not null && !step.End)
        {
            w.Paragraph(null, "→ " + text.Format("ProfileFlowNext", StepName(template, numbers, step.Next, text)));
        }
        else if (step.End && i < template.Steps.Count - 1)
        {
            w.Paragraph(null, "■ " + text["ProfileFlowEnd"]);
        }

        if (step.Links.Count > 0)
        {
            w.Paragraph(ProfileStyles.Heading3, text["ProfileLinks"]);
            for (var l = 0; l < step.Links.Count; l++)
            {
                var link = step.Links[l];
                var linkPath = Indexed(path + ".links", l);
                w.StartParagraph(ProfileStyles.List);
                w.Field(linkPath + ".title", link.Title);
                if (Filled(link.Url))
                {
                    w.Run(": ");
                    w.Field(linkPath + ".url", link.Url!);
                }

                w.EndParagraph();
            }
        }
    }

    private static void Fields(WordWriter w, ProcessStep step, string path, ProfileText text)
    {
        // The help column only when some field has help: no empty columns.
        var help = step.Fields.Any(f => Filled(f.Help));
        w.Paragraph(ProfileStyles.Heading3, text["ProfileFields"]);
        w.StartTable(
            help ? [0.3, 0.25, 0.1, 0.35] : [0.45, 0.4, 0.15],
            help
                ? [text["ProfileField"], text["ProfileFieldType"], text["ProfileRequired"], text["ProfileDescription"]]
                : [text["ProfileField"], text["ProfileFieldType"], text["ProfileRequired"]]);
        for (var f = 0; f < step.Fields.Count; f++)
        {
            var field = step.Fields[f];
            var fieldPath = Indexed(path + ".fields", f);
            w.StartRow();
            w.FieldCell(fieldPath + ".label", field.Label);
            w.StartCell();
            w.StartParagraph(ProfileStyles.TableText);
            w.Field(fieldPath + ".type", text.FieldType(field.Type));
            w.EndParagraph();
            if (field.Options.Count > 0)
            {
                w.StartParagraph(ProfileStyles.TableText);
                w.FieldList(fieldPath + ".options", field.Options);
                w.EndParagraph();
            }

            w.EndCell();
            w.TextCell(text.YesNo(field.Required));
            if (help)
            {
                w.FieldCell(fieldPath + ".help", field.Help);
            }

            w.EndRow();
        }

        w.EndTable();
    }

    private static void ListRow(WordWriter w, string label, string path, IReadOnlyList<string> values)
    {
        if (values.Count == 0)
        {
            return;
        }

        w.StartRow();
        w.LabelCell(label);
        w.StartCell();
        w.StartParagraph(ProfileStyles.TableText);
        w.FieldList(path, values);
        w.EndParagraph();
        w.EndCell();
        w.EndRow();
    }
}
