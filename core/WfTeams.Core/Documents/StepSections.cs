using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using WfTeams.Core.Processes;
using static WfTeams.Core.Documents.ProfileSections;
using static WfTeams.Core.Documents.WordElements;

namespace WfTeams.Core.Documents;

/// <summary>The steps table (Nr, Schritt, Verantwortlich, Ergebnis, Frist) and each step in detail.</summary>
internal static class StepSections
{
    public static IEnumerable<OpenXmlElement> StepsTable(ProcessTemplate template, ProfileText text)
    {
        // Result and deadline columns only when some step fills them: no empty columns.
        var columns = new List<(double Share, string Header, Func<ProcessStep, int, TableCell> Cell)>
        {
            (0.06, text["ProfileStepNumber"], (_, i) => Cell(Run(text.Number(i + 1)))),
            (0.3, text["ProfileStep"], (step, i) => Cell(Field($"steps[{i}].title", step.Title))),
            (0.2, text["ProfileResponsible"], (step, i) => Cell(Field($"steps[{i}].responsible", step.Responsible))),
        };
        if (template.Steps.Any(s => Filled(s.Result)))
        {
            columns.Add((0.26, text["ProfileResult"], (step, i) => Cell(Optional($"steps[{i}].result", step.Result))));
        }

        if (template.Steps.Any(s => Filled(s.Deadline) || Filled(s.Duration)))
        {
            columns.Add((0.18, text["ProfileDeadline"], (step, i) => Cell(Deadline(step, i, text))));
        }

        var total = columns.Sum(c => c.Share);
        return Section(text["ProfileSteps"], Table(
            [.. columns.Select(c => c.Share / total)],
            [.. columns.Select(c => c.Header)],
            template.Steps.Select((step, i) => new TableRow(columns.Select(c => c.Cell(step, i))))));
    }

    public static IEnumerable<OpenXmlElement> Details(ProcessTemplate template, ProfileText text)
    {
        var numbers = StepNumbers(template);
        var details = new List<OpenXmlElement>();
        for (var i = 0; i < template.Steps.Count; i++)
        {
            // A step the steps table already tells completely gets no heading of its own here.
            if (HasDetails(template.Steps[i], i == template.Steps.Count - 1))
            {
                details.AddRange(Step(template, numbers, i, text));
            }
        }

        return details.Count == 0 ? [] : Section(text["ProfileStepDetails"], [.. details]);
    }

    private static bool HasDetails(ProcessStep step, bool last) =>
        Filled(step.Description) || step.Contributors.Count > 0 || Filled(step.Input) || step.Tools.Count > 0
        || (Filled(step.Duration) && Filled(step.Deadline)) || step.Checklist.Count > 0 || step.Fields.Count > 0
        || step.Decision is not null || step.Links.Count > 0 || (step.Next is not null && !step.End) || (step.End && !last);

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

    private static IEnumerable<OpenXmlElement> Step(ProcessTemplate template, IReadOnlyDictionary<string, int> numbers, int i, ProfileText text)
    {
        var step = template.Steps[i];
        var path = $"steps[{i}]";
        yield return Paragraph(ProfileStyles.Heading2, Run(text.Format("ProfileStepHeading", text.Number(i + 1), step.Title)));

        var rows = new List<TableRow>();
        if (Filled(step.Description))
        {
            rows.Add(Row(LabelCell(text["ProfileDescription"]), BlockCell($"{path}.description", step.Description)));
        }

        if (step.Contributors.Count > 0)
        {
            rows.Add(Pair(text["ProfileContributors"], [.. FieldList($"{path}.contributors", step.Contributors)]));
        }

        if (Filled(step.Input))
        {
            rows.Add(Pair(text["ProfileInput"], Field($"{path}.input", step.Input!)));
        }

        if (step.Tools.Count > 0)
        {
            rows.Add(Pair(text["ProfileTools"], [.. FieldList($"{path}.tools", step.Tools)]));
        }

        // The steps table shows the deadline, else the duration; a duration beside a deadline shows here.
        if (Filled(step.Duration) && Filled(step.Deadline))
        {
            rows.Add(Pair(text["ProfileDuration"], Field($"{path}.duration", text.Duration(step.Duration!))));
        }

        if (rows.Count > 0)
        {
            yield return Table([0.25, 0.75], null, rows, firstColumn: true);
        }

        if (step.Checklist.Count > 0)
        {
            yield return Paragraph(ProfileStyles.Heading3, Run(text["ProfileChecklist"]));
            for (var c = 0; c < step.Checklist.Count; c++)
            {
                var item = step.Checklist[c];
                var paragraph = Paragraph(ProfileStyles.List, Field($"{path}.checklist[{c}].text", item.Text));
                if (item.Required)
                {
                    paragraph.Append(Run(" " + text["ProfileRequiredMark"]));
                }

                yield return paragraph;
            }
        }

        if (step.Fields.Count > 0)
        {
            // The help column only when some field has help: no empty columns.
            var help = step.Fields.Any(f => Filled(f.Help));
            yield return Paragraph(ProfileStyles.Heading3, Run(text["ProfileFields"]));
            yield return Table(
                help ? [0.3, 0.25, 0.1, 0.35] : [0.45, 0.4, 0.15],
                help
                    ? [text["ProfileField"], text["ProfileFieldType"], text["ProfileRequired"], text["ProfileDescription"]]
                    : [text["ProfileField"], text["ProfileFieldType"], text["ProfileRequired"]],
                step.Fields.Select((field, f) =>
                {
                    var row = Row(
                        Cell(Field($"{path}.fields[{f}].label", field.Label)),
                        Cell(FieldType(field, $"{path}.fields[{f}]", text)),
                        Cell(Run(text.YesNo(field.Required))));
                    if (help)
                    {
                        row.Append(Cell(Optional($"{path}.fields[{f}].help", field.Help)));
                    }

                    return row;
                }));
        }

        if (step.Decision is { } decision)
        {
            yield return Paragraph(ProfileStyles.Heading3, Run(text["ProfileDecision"]));
            yield return Paragraph(null, Field($"{path}.decision.question", decision.Question, bold: true));
            yield return Table(
                [0.45, 0.55],
                [text["ProfileAnswer"], text["ProfileNextStep"]],
                decision.Options.Select((option, o) => Row(
                    Cell(Field($"{path}.decision.options[{o}].label", option.Label)),
                    Cell(Run(option.End || option.Next is null ? text["ProfileFlowEnd"] : StepName(template, numbers, option.Next, text))))));
        }
        else if (step.Next is not null && !step.End)
        {
            yield return Paragraph(null, Run("→ " + text.Format("ProfileFlowNext", StepName(template, numbers, step.Next, text))));
        }
        else if (step.End && i < template.Steps.Count - 1)
        {
            yield return Paragraph(null, Run("■ " + text["ProfileFlowEnd"]));
        }

        if (step.Links.Count > 0)
        {
            yield return Paragraph(ProfileStyles.Heading3, Run(text["ProfileLinks"]));
            for (var l = 0; l < step.Links.Count; l++)
            {
                var link = step.Links[l];
                var paragraph = Paragraph(ProfileStyles.List, Field($"{path}.links[{l}].title", link.Title));
                if (Filled(link.Url))
                {
                    paragraph.Append(Run(": "), Field($"{path}.links[{l}].url", link.Url!));
                }

                yield return paragraph;
            }
        }
    }

    private static OpenXmlElement[] Deadline(ProcessStep step, int i, ProfileText text) =>
        Filled(step.Deadline) ? [Field($"steps[{i}].deadline", step.Deadline!)]
        : Filled(step.Duration) ? [Field($"steps[{i}].duration", text.Duration(step.Duration!))]
        : [];

    private static IEnumerable<Paragraph> FieldType(CaptureField field, string path, ProfileText text)
    {
        yield return Paragraph(ProfileStyles.TableText, Field($"{path}.type", text.FieldType(field.Type)));
        if (field.Options.Count > 0)
        {
            yield return Paragraph(ProfileStyles.TableText, [.. FieldList($"{path}.options", field.Options)]);
        }
    }
}
