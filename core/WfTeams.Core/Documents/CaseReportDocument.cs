using System.Text;
using System.Xml;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using WfTeams.Core.Cards;
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
    private static readonly XmlWriterSettings XmlSettings = new() { Encoding = new UTF8Encoding(false), CloseOutput = false };

    /// <summary>The whole document in memory: a caller sends it at once or not at all.</summary>
    public static byte[] Create(CaseState state, ProcessTemplate template, ProfileOptions? options = null)
    {
        options ??= new ProfileOptions();
        var text = new ProfileText(options.Culture);
        var report = CaseReport.Of(state, template);
        var asOf = DateOnly.FromDateTime(CaseTime.Local(state.ClosedAt ?? state.UpdatedAt).DateTime);

        using var package = options.Design?.OpenCopy() ?? new MemoryStream(32 * 1024);
        using (var document = options.Design is null
            ? WordprocessingDocument.Create(package, WordprocessingDocumentType.Document, autoSave: false)
            : WordprocessingDocument.Open(package, true, new OpenSettings { AutoSave = false }))
        {
            if (document.DocumentType != WordprocessingDocumentType.Document)
            {
                document.ChangeDocumentType(WordprocessingDocumentType.Document);
            }

            var main = document.MainDocumentPart ?? document.AddMainDocumentPart();
            var designSection = (SectionProperties?)main.Document?.Body?.Elements<SectionProperties>().LastOrDefault()?.CloneNode(true);
            ProfileStyles.Apply(main, text.LanguageTag);
            ProfileSettings.Apply(main);
            var section = PageFrame.Create(main, designSection, template, options, text, asOf);
            using (var stream = main.GetStream(FileMode.Create, FileAccess.Write))
            using (var xml = XmlWriter.Create(stream, XmlSettings))
            {
                var w = new WordWriter(xml);
                w.StartDocument();
                CaseReportSections.TitleBlock(w, report, text);
                CaseReportSections.Overview(w, report, text);
                CaseReportSections.Course(w, report, text);
                CaseReportSections.OpenItems(w, report, text);
                w.EndDocument(section);
            }

            Describe(document, state, options, text);
        }

        return package.ToArray();
    }

    /// <summary>"Fallbericht Muster GmbH – Ansiedlung.docx", without characters file systems refuse.</summary>
    public static string FileName(CaseState state, System.Globalization.CultureInfo culture)
    {
        var invalid = Path.GetInvalidFileNameChars().Concat(['"', '<', '>', '|', ':', '*', '?', '\\', '/']).ToHashSet();
        var name = new string([.. XmlText.Clean($"{state.Subject} – {state.TemplateName}").Select(c => invalid.Contains(c) || char.IsControl(c) ? '_' : c)]).Trim(' ', '.');
        if (name.Length > 120)
        {
            name = name[..120].TrimEnd(' ', '.');
        }

        return $"{Resources.Messages.Format("ReportTitle", culture)} {name}.docx";
    }

    private static void Describe(WordprocessingDocument document, CaseState state, ProfileOptions options, ProfileText text)
    {
        var properties = document.PackageProperties;
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
