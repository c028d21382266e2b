using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using WfTeams.Core.Processes;
using static WfTeams.Core.Documents.WordElements;

namespace WfTeams.Core.Documents;

/// <summary>
/// The profile's sections from the title to the documents, then the change history. A section
/// with nothing in it is left out entirely: no empty headings, no empty rows.
/// </summary>
internal static class ProfileSections
{
    public static IEnumerable<OpenXmlElement> TitleBlock(ProcessTemplate template, ProfileText text)
    {
        yield return Paragraph(ProfileStyles.Title, Field("name", template.Name, text["ProfileName"]));
        var subtitle = Paragraph(ProfileStyles.Subtitle, Run(text["ProfileTitle"]));
        if (Filled(template.Code))
        {
            subtitle.Append(Run(" · "), Field("code", template.Code!, text["ProfileCode"]));
        }

        subtitle.Append(Run(" · "), Run(text["ProfileVersion"] + " "), Field("version", text.Number(template.Version), text["ProfileVersion"]));
        yield return subtitle;
    }

    public static IEnumerable<OpenXmlElement> MasterData(ProcessTemplate template, ProfileText text)
    {
        var rows = new List<TableRow>
        {
            Pair(text["ProfileStatus"], Field("status", text.Status(template.Status))),
        };
        if (template.ValidFrom is { } validFrom)
        {
            rows.Add(Pair(text["ProfileValidFrom"], Field("validFrom", text.Date(validFrom))));
        }

        if (template.Category is { } category)
        {
            rows.Add(Pair(text["ProfileCategory"], Field("category", text.Category(category))));
        }

        rows.Add(Pair(text["ProfileOwner"], Field("owner", template.Owner)));
        if (Filled(template.Scope))
        {
            rows.Add(Row(LabelCell(text["ProfileScope"]), BlockCell("scope", template.Scope)));
        }

        rows.Add(Pair(text["ProfileStepCount"], Run(text.Number(template.Steps.Count))));
        return Section(text["ProfileMasterData"], Table([0.3, 0.7], null, rows, firstColumn: true));
    }

    public static IEnumerable<OpenXmlElement> Goal(ProcessTemplate template, ProfileText text) =>
        Section(text["ProfileGoal"], Block("goal", template.Goal, null));

    public static IEnumerable<OpenXmlElement> TriggerAndInputs(ProcessTemplate template, ProfileText text)
    {
        var content = Labelled(text["ProfileTrigger"], "trigger", template.Trigger);
        if (template.Inputs.Count > 0)
        {
            content.Add(Table([0.6, 0.4], [text["ProfileDescription"], text["ProfileSupplier"]], template.Inputs.Select((input, i) => Row(
                Cell(Field($"inputs[{i}].description", input.Description)),
                Cell(Optional($"inputs[{i}].supplier", input.Supplier))))));
        }

        return Section(text["ProfileTriggerInput"], [.. content]);
    }

    public static IEnumerable<OpenXmlElement> ResultAndOutputs(ProcessTemplate template, ProfileText text)
    {
        var content = Labelled(text["ProfileResult"], "result", template.Result);
        if (template.Outputs.Count > 0)
        {
            content.Add(Table([0.6, 0.4], [text["ProfileDescription"], text["ProfileCustomer"]], template.Outputs.Select((output, i) => Row(
                Cell(Field($"outputs[{i}].description", output.Description)),
                Cell(Optional($"outputs[{i}].customer", output.Customer))))));
        }

        return Section(text["ProfileResultOutput"], [.. content]);
    }

    public static IEnumerable<OpenXmlElement> Participants(ProcessTemplate template, ProfileText text) =>
        template.Participants.Count == 0 ? [] : Section(text["ProfileParticipants"], Table(
            [0.35, 0.65], [text["ProfileRole"], text["ProfileTask"]], template.Participants.Select((p, i) => Row(
                Cell(Field($"participants[{i}].role", p.Role)),
                BlockCell($"participants[{i}].task", p.Task)))));

    public static IEnumerable<OpenXmlElement> Interfaces(ProcessTemplate template, ProfileText text) =>
        template.Interfaces.Count == 0 ? [] : Section(text["ProfileInterfaces"], Table(
            [0.18, 0.3, 0.52], [text["ProfileDirection"], text["ProfileProcess"], text["ProfileDescription"]], template.Interfaces.Select((f, i) => Row(
                Cell(Field($"interfaces[{i}].direction", text.Direction(f.Direction))),
                Cell(Field($"interfaces[{i}].process", f.Process)),
                Cell(Optional($"interfaces[{i}].description", f.Description))))));

    public static IEnumerable<OpenXmlElement> ItSystems(ProcessTemplate template, ProfileText text) =>
        List(text["ProfileItSystems"], "itSystems", template.ItSystems);

    public static IEnumerable<OpenXmlElement> LegalBasis(ProcessTemplate template, ProfileText text) =>
        List(text["ProfileLegalBasis"], "legalBasis", template.LegalBasis);

    public static IEnumerable<OpenXmlElement> Kpis(ProcessTemplate template, ProfileText text) =>
        template.Kpis.Count == 0 ? [] : Section(text["ProfileKpis"], Table(
            [0.25, 0.3, 0.45], [text["ProfileKpi"], text["ProfileTarget"], text["ProfileMeasurement"]], template.Kpis.Select((k, i) => Row(
                Cell(Field($"kpis[{i}].name", k.Name)),
                Cell(Field($"kpis[{i}].target", k.Target)),
                Cell(Optional($"kpis[{i}].measurement", k.Measurement))))));

    public static IEnumerable<OpenXmlElement> Risks(ProcessTemplate template, ProfileText text) =>
        template.Risks.Count == 0 ? [] : Section(text["ProfileRisks"], Table(
            [0.5, 0.5], [text["ProfileRisk"], text["ProfileControl"]], template.Risks.Select((r, i) => Row(
                BlockCell($"risks[{i}].description", r.Description),
                BlockCell($"risks[{i}].control", r.Control)))));

    public static IEnumerable<OpenXmlElement> Documents(ProcessTemplate template, ProfileText text)
    {
        if (template.Documents.Count == 0)
        {
            return [];
        }

        // Titles alone as a list; a link column only when some document has one.
        return template.Documents.Any(d => Filled(d.Url))
            ? Section(text["ProfileDocuments"], Table(
                [0.45, 0.55], [text["ProfileDocument"], text["ProfileLink"]], template.Documents.Select((d, i) => Row(
                    Cell(Field($"documents[{i}].title", d.Title)),
                    Cell(Optional($"documents[{i}].url", d.Url))))))
            : Section(text["ProfileDocuments"], [.. template.Documents.Select((d, i) => Paragraph(ProfileStyles.List, Field($"documents[{i}].title", d.Title)))]);
    }

    public static IEnumerable<OpenXmlElement> ChangeHistory(ProcessTemplate template, ProfileText text) =>
        template.ChangeHistory.Count == 0 ? [] : Section(text["ProfileChangeHistory"], Table(
            [0.1, 0.16, 0.24, 0.5], [text["ProfileVersion"], text["ProfileDate"], text["ProfileAuthor"], text["ProfileChange"]], template.ChangeHistory.Select((c, i) => Row(
                Cell(Field($"changeHistory[{i}].version", text.Number(c.Version))),
                Cell(Field($"changeHistory[{i}].date", text.Date(c.Date))),
                Cell(Field($"changeHistory[{i}].author", c.Author)),
                Cell(Field($"changeHistory[{i}].change", c.Change))))));

    /// <summary>A heading and its content; the heading keeps with what follows (no orphaned headings).</summary>
    public static IEnumerable<OpenXmlElement> Section(string heading, params OpenXmlElement[] content)
    {
        yield return Paragraph(ProfileStyles.Heading1, Run(heading));
        foreach (var element in content)
        {
            yield return element;
        }
    }

    public static IEnumerable<OpenXmlElement> List(string heading, string path, IReadOnlyList<string> items) =>
        items.Count == 0 ? [] : Section(heading, [.. items.Select((item, i) => Paragraph(ProfileStyles.List, Field($"{path}[{i}]", item)))]);

    /// <summary>"Auslöser: …" in one paragraph; a text of several lines below its label.</summary>
    private static List<OpenXmlElement> Labelled(string label, string path, string value) =>
        Block(path, value, null) is Paragraph paragraph
            ? [Prepend(paragraph, Run(label + ": ", bold: true))]
            : [Paragraph(ProfileStyles.Heading3, Run(label)), Block(path, value, null)];

    /// <summary>Puts a run first in a paragraph without properties.</summary>
    private static Paragraph Prepend(Paragraph paragraph, Run run)
    {
        paragraph.PrependChild(run);
        return paragraph;
    }

    public static TableRow Pair(string label, params OpenXmlElement[] value) => Row(LabelCell(label), Cell(value));

    /// <summary>An optional value: the field when filled, else an empty cell.</summary>
    public static OpenXmlElement[] Optional(string path, string? value) => Filled(value) ? [Field(path, value!)] : [];
}
