using WfTeams.Core.Processes;
using WfTeams.Core.Runs;

namespace WfTeams.Core.Documents;

/// <summary>
/// The case report (Fallbericht) of one case as a Word document: subject, template and version, who
/// started it, its state, each step in the order the case went through them (who, when, captured
/// data, checklist, decision, skip reason, assignee) and what stayed open. Same styles, page frame
/// and corporate design as the Prozesssteckbrief; a record, so no content controls.
/// </summary>
public static class CaseReportDocument
{
    /// <summary>The whole document in memory: a caller sends it at once or not at all.</summary>
    public static byte[] Create(CaseState state, ProcessTemplate template, DocumentOptions? options = null)
    {
        options ??= new DocumentOptions();
        var text = new ProfileText(options.Culture);
        var report = CaseReport.Of(state, template);
        var asOf = DateOnly.FromDateTime(CaseTime.Local(state.ClosedAt ?? state.UpdatedAt).DateTime);

        return WordPackage.Create(
            options,
            text,
            width => PageFrame.HeaderLine(template, options, width),
            width => PageFrame.FooterLine(template, text, asOf, width),
            properties => Describe(properties, state, options, text),
            w =>
            {
                CaseReportSections.TitleBlock(w, report, text);
                CaseReportSections.Overview(w, report, text);
                CaseReportSections.Course(w, report, text);
                CaseReportSections.OpenItems(w, report, text);
            });
    }

    /// <summary>"Fallbericht Muster GmbH – Ansiedlung.docx", without characters file systems refuse.</summary>
    public static string FileName(CaseState state, System.Globalization.CultureInfo culture) =>
        $"{Resources.Messages.Format("ReportTitle", culture)} " + WordPackage.FileName($"{state.Subject} – {state.TemplateName}", state.Id, "");

    private static void Describe(CoreProperties properties, CaseState state, DocumentOptions options, ProfileText text)
    {
        properties.Title = XmlText.Clean($"{text["ReportTitle"]}: {state.Subject}");
        properties.Subject = XmlText.Clean(state.TemplateName);
        properties.Creator = options.Organisation is { } organisation ? XmlText.Clean(organisation) : XmlText.Clean(state.StartedBy.Name);
        properties.Keywords = text["ReportKeywords"];
        properties.Version = state.TemplateVersion.ToString(System.Globalization.CultureInfo.InvariantCulture);
        properties.Language = text.LanguageTag;
        properties.Created = state.StartedAt.UtcDateTime;
        var changed = state.ClosedAt ?? state.UpdatedAt;
        properties.Modified = (changed > state.StartedAt ? changed : state.StartedAt).UtcDateTime;
    }
}
