using System.IO.Packaging;
using System.Text;
using System.Xml;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using WfTeams.Core.Processes;

namespace WfTeams.Core.Documents;

/// <summary>
/// The Prozesssteckbrief of one template version as a Word document. Every template field sits in
/// a plain-text content control tagged <c>wf:</c> + its JSON path (<c>wf:goal</c>,
/// <c>wf:steps[3].title</c>, indexes from 0), so an edited profile can be read back into a template.
/// </summary>
public static class ProfileDocument
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    private static readonly XmlWriterSettings XmlSettings = new() { Encoding = new UTF8Encoding(false), CloseOutput = false };

    /// <summary>The whole document in memory: a caller writes it at once or not at all.</summary>
    public static byte[] Create(ProcessTemplate template, ProfileOptions? options = null)
    {
        options ??= new ProfileOptions();
        var text = new ProfileText(options.Culture);
        var asOf = AsOf(template);

        // Without autosave only the parts written here are stored: a design's own body is never saved back.
        using var stream = options.Design?.OpenCopy() ?? new MemoryStream(32 * 1024);
        using (var document = options.Design is null
            ? WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document, autoSave: false)
            : WordprocessingDocument.Open(stream, true, new OpenSettings { AutoSave = false }))
        {
            // Compression is most of the time left once the body is streamed; Fast costs a few percent in size.
            document.CompressionOption = CompressionOption.Fast;
            if (document.DocumentType != WordprocessingDocumentType.Document)
            {
                document.ChangeDocumentType(WordprocessingDocumentType.Document);
            }

            var main = document.MainDocumentPart ?? document.AddMainDocumentPart();

            // A design's body is sample text; only its final page setup with header and footer stays.
            var designSection = (SectionProperties?)main.Document?.Body?.Elements<SectionProperties>().LastOrDefault()?.CloneNode(true);

            ProfileStyles.Apply(main, text.LanguageTag);
            ProfileSettings.Apply(main);
            var section = PageFrame.Create(main, designSection, template, options, text, asOf);

            using (var part = main.GetStream(FileMode.Create, FileAccess.Write))
            using (var xml = XmlWriter.Create(part, XmlSettings))
            {
                var w = new WordWriter(xml);
                w.StartDocument();
                ProfileSections.TitleBlock(w, template, text);
                ProfileSections.MasterData(w, template, text);
                ProfileSections.Goal(w, template, text);
                ProfileSections.TriggerAndInputs(w, template, text);
                ProfileSections.ResultAndOutputs(w, template, text);
                ProfileSections.Participants(w, template, text);
                ProfileSections.Interfaces(w, template, text);
                ProfileSections.ItSystems(w, template, text);
                ProfileSections.LegalBasis(w, template, text);
                ProfileSections.Kpis(w, template, text);
                ProfileSections.Risks(w, template, text);
                ProfileSections.Documents(w, template, text);
                FlowOverview.Write(w, template, text);
                StepSections.StepsTable(w, template, text);
                StepSections.Details(w, template, text);
                ProfileSections.ChangeHistory(w, template, text);
                w.EndDocument(section);
            }

            DescribePackage(document, template, options, text, asOf);
        }

        return stream.ToArray();
    }

    /// <summary>"Stand": the date of this version's newest change entry, else its validity date, else today.</summary>
    public static DateOnly AsOf(ProcessTemplate template) =>
        template.ChangeHistory.Where(c => c.Version == template.Version).Select(c => (DateOnly?)c.Date).Max()
        ?? template.ValidFrom
        ?? DateOnly.FromDateTime(DateTime.UtcNow);

    /// <summary>A file name for downloads: the process name and version, without characters file systems refuse.</summary>
    public static string FileName(ProcessTemplate template)
    {
        var invalid = Path.GetInvalidFileNameChars().Concat(['"', '<', '>', '|', ':', '*', '?', '\\', '/']).ToHashSet();
        var name = new string([.. XmlText.Clean(template.Name).Select(c => invalid.Contains(c) || char.IsControl(c) ? '_' : c)]).Trim(' ', '.');
        if (name.Length > 120)
        {
            name = name[..120].TrimEnd(' ', '.');
        }

        return $"{(name.Length == 0 ? template.Id : name)} v{template.Version}.docx";
    }

    private static void DescribePackage(WordprocessingDocument document, ProcessTemplate template, ProfileOptions options, ProfileText text, DateOnly asOf)
    {
        var properties = document.PackageProperties;
        properties.Title = XmlText.Clean(template.Name);
        properties.Subject = text["ProfileTitle"];
        properties.Creator = XmlText.Clean(options.Organisation ?? template.Owner);
        properties.Keywords = string.Join("; ", new[] { text["ProfileKeywords"], template.Code, template.Category is { } c ? text.Category(c) : null }
            .Where(k => !string.IsNullOrWhiteSpace(k)).Select(k => XmlText.Clean(k!)));
        properties.Category = template.Category is { } category ? text.Category(category) : null;
        properties.Version = template.Version.ToString(System.Globalization.CultureInfo.InvariantCulture);
        properties.ContentStatus = text.Status(template.Status);
        properties.Language = text.LanguageTag;
        properties.Created = asOf.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        properties.Modified = properties.Created;
    }
}
