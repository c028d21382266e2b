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

    /// <summary>The whole document in memory: a caller writes it at once or not at all.</summary>
    public static byte[] Create(ProcessTemplate template, ProfileOptions? options = null)
    {
        options ??= new ProfileOptions();
        var text = new ProfileText(options.Culture);
        var asOf = AsOf(template);

        using var stream = options.Design?.OpenCopy() ?? new MemoryStream(64 * 1024);
        using (var document = options.Design is null
            ? WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document)
            : WordprocessingDocument.Open(stream, true))
        {
            if (document.DocumentType != WordprocessingDocumentType.Document)
            {
                document.ChangeDocumentType(WordprocessingDocumentType.Document);
            }

            var main = document.MainDocumentPart ?? document.AddMainDocumentPart();

            // A design's body is sample text; only its final page setup with header and footer stays.
            var designSection = main.Document?.Body?.Elements<SectionProperties>().LastOrDefault();
            designSection?.Remove();

            ProfileStyles.Apply(main, text.LanguageTag);
            ProfileSettings.Apply(main);

            var body = new Body();
            body.Append(ProfileSections.TitleBlock(template, text));
            body.Append(ProfileSections.MasterData(template, text));
            body.Append(ProfileSections.Goal(template, text));
            body.Append(ProfileSections.TriggerAndInputs(template, text));
            body.Append(ProfileSections.ResultAndOutputs(template, text));
            body.Append(ProfileSections.Participants(template, text));
            body.Append(ProfileSections.Interfaces(template, text));
            body.Append(ProfileSections.ItSystems(template, text));
            body.Append(ProfileSections.LegalBasis(template, text));
            body.Append(ProfileSections.Kpis(template, text));
            body.Append(ProfileSections.Risks(template, text));
            body.Append(ProfileSections.Documents(template, text));
            body.Append(FlowOverview.Create(template, text));
            body.Append(StepSections.StepsTable(template, text));
            body.Append(StepSections.Details(template, text));
            body.Append(ProfileSections.ChangeHistory(template, text));
            body.Append(PageFrame.Create(main, designSection, template, options, text, asOf));

            if (main.Document is { } existing)
            {
                existing.RemoveAllChildren<Body>();
                existing.Append(body);
            }
            else
            {
                main.Document = new Document(body);
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
