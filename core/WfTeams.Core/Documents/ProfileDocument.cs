using System.IO.Compression;
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

        // First the package without the body: styles, numbering, settings, header, footer, properties.
        // Without autosave only the parts written here are stored: a design's own body is never saved back.
        using var package = options.Design?.OpenCopy() ?? new MemoryStream(32 * 1024);
        SectionProperties section;
        string mainEntry;
        using (var document = options.Design is null
            ? WordprocessingDocument.Create(package, WordprocessingDocumentType.Document, autoSave: false)
            : WordprocessingDocument.Open(package, true, new OpenSettings { AutoSave = false }))
        {
            // Compressed once, when copied below.
            document.CompressionOption = System.IO.Packaging.CompressionOption.NotCompressed;
            if (document.DocumentType != WordprocessingDocumentType.Document)
            {
                document.ChangeDocumentType(WordprocessingDocumentType.Document);
            }

            var main = document.MainDocumentPart ?? document.AddMainDocumentPart();

            // A design's body is sample text; only its final page setup with header and footer stays.
            var designSection = (SectionProperties?)main.Document?.Body?.Elements<SectionProperties>().LastOrDefault()?.CloneNode(true);
            ProfileStyles.Apply(main, text.LanguageTag);
            ProfileSettings.Apply(main);
            section = PageFrame.Create(main, designSection, template, options, text, asOf);
            main.GetStream(FileMode.Create, FileAccess.Write).Dispose();
            mainEntry = main.Uri.OriginalString.TrimStart('/');
            DescribePackage(document, template, options, text, asOf);
        }

        // Then the package once more with the body streamed into its zip entry. Written through the
        // SDK, the body (6 MB of XML for 500 steps) would wait uncompressed in memory until the package closes.
        package.Position = 0;
        using var output = new MemoryStream(64 * 1024);
        using (var source = new ZipArchive(package, ZipArchiveMode.Read, leaveOpen: true))
        using (var target = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var entry in source.Entries)
            {
                if (entry.FullName == mainEntry)
                {
                    using var body = target.CreateEntry(mainEntry, CompressionLevel.Fastest).Open();
                    WriteBody(body, template, text, section);
                    continue;
                }

                using var from = entry.Open();
                using var to = target.CreateEntry(entry.FullName, CompressionLevel.Fastest).Open();
                from.CopyTo(to);
            }
        }

        return output.ToArray();
    }

    private static void WriteBody(Stream stream, ProcessTemplate template, ProfileText text, SectionProperties section)
    {
        using var xml = XmlWriter.Create(stream, XmlSettings);
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
