using WfTeams.Core.Processes;

namespace WfTeams.Core.Documents;

/// <summary>
/// The Prozesssteckbrief of one template version as a Word document. Every template field sits in
/// a content control tagged <c>wf:</c> + its JSON path (<c>wf:goal</c>,
/// <c>wf:steps[3].title</c>, indexes from 0) titled with its tag, so an edited profile can be read back
/// into a template (<see cref="ProfileReader"/>); the custom document properties name the template
/// id and version (<see cref="ProfileProperties"/>).
/// </summary>
public static class ProfileDocument
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    /// <summary>The whole document in memory: a caller writes it at once or not at all.</summary>
    /// <param name="figures">The process's figures of the last 12 months, when there are any: the KPI table gains an "Ist" column.</param>
    public static byte[] Create(ProcessTemplate template, DocumentOptions? options = null, Insights.ProcessFigures? figures = null)
    {
        options ??= new DocumentOptions();
        var text = new ProfileText(options.Culture);
        var asOf = AsOf(template);
        var diagram = options.Diagram ? DiagramPage.Picture(template, options.Culture) : null;

        return WordPackage.Create(
            options,
            text,
            width => PageFrame.HeaderLine(template, options, width),
            width => PageFrame.FooterLine(template, text, asOf, width),
            properties => DescribePackage(properties, template, options, text, asOf),
            w =>
            {
                ProfileSections.TitleBlock(w, template, text);
                ProfileSections.MasterData(w, template, text);
                ProfileSections.Goal(w, template, text);
                ProfileSections.TriggerAndInputs(w, template, text);
                ProfileSections.ResultAndOutputs(w, template, text);
                ProfileSections.Participants(w, template, text);
                ProfileSections.Interfaces(w, template, text);
                ProfileSections.ItSystems(w, template, text);
                ProfileSections.LegalBasis(w, template, text);
                ProfileSections.Kpis(w, template, text, figures);
                ProfileSections.Risks(w, template, text);
                ProfileSections.Documents(w, template, text);
                FlowOverview.Write(w, template, text);
                if (options.Diagram)
                {
                    DiagramPage.Write(w, template, text, diagram);
                }

                StepSections.StepsTable(w, template, text);
                StepSections.Details(w, template, text);
                ProfileSections.ChangeHistory(w, template, text);
            },
            w => ProfileProperties.Values(template, w.Outside.Hex),
            diagram);
    }

    /// <summary>"Stand": the date of this version's newest change entry, else its validity date, else today.</summary>
    public static DateOnly AsOf(ProcessTemplate template) =>
        template.ChangeHistory.Where(c => c.Version == template.Version).Select(c => (DateOnly?)c.Date).Max()
        ?? template.ValidFrom
        ?? DateOnly.FromDateTime(DateTime.UtcNow);

    /// <summary>A file name for downloads: the process name and version, without characters file systems refuse.</summary>
    public static string FileName(ProcessTemplate template) => WordPackage.FileName(template.Name, template.Id, $" v{template.Version}");

    private static void DescribePackage(CoreProperties properties, ProcessTemplate template, DocumentOptions options, ProfileText text, DateOnly asOf)
    {
        properties.Title = XmlText.Clean(template.Name);
        properties.Subject = text["ProfileTitle"];
        properties.Creator = XmlText.Clean(options.Organisation ?? template.Owner);
        properties.Keywords = string.Join("; ", new[] { text["ProfileKeywords"], template.Code, template.Category is { } c ? text.Category(c) : null }
            .Where(k => !string.IsNullOrWhiteSpace(k)).Select(k => XmlText.Clean(k!)));
        if (template.Category is { } category)
        {
            properties.Category = text.Category(category);
        }

        properties.Version = template.Version.ToString(System.Globalization.CultureInfo.InvariantCulture);
        properties.ContentStatus = text.Status(template.Status);
        properties.Language = text.LanguageTag;
        properties.Created = asOf.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        properties.Modified = properties.Created;
    }
}
