using System.Collections.Concurrent;
using System.IO.Compression;
using System.Xml.Linq;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace WfTeams.Core.Documents;

/// <summary>
/// Everything of a Word package that is the same for every document of one design, language and kind:
/// styles, numbering, settings, content types, relationships, a design's theme, fonts and logo — built once
/// with the Open XML SDK and compressed once. What differs per document is left as slots: the body, the
/// header and footer lines (marker paragraphs in their parts), the core properties, and the custom properties
/// (placeholder values).
/// </summary>
internal sealed class PackageSkeleton
{
    public const string HeaderMarker = "wf-header-line!";
    public const string FooterMarker = "wf-footer-line!";
    private const string W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private const int MaxKept = 32;

    /// <summary>The relationship id of the picture slot (<see cref="PictureEntry"/>) in the main part.</summary>
    public const string PictureId = "wfChart";

    private static readonly ConcurrentDictionary<(string Design, string Language, bool Custom, bool Picture), Lazy<PackageSkeleton>> Built = new();

    private PackageSkeleton()
    {
    }

    /// <summary>The parts in package order; a null entry data marks a slot, named in <see cref="Slots"/>.</summary>
    public required IReadOnlyList<(string Name, ZipEntryData? Data)> Entries { get; init; }

    public required string MainEntry { get; init; }

    public required string CoreEntry { get; init; }

    public required (string Entry, string Before, string After) Header { get; init; }

    public required (string Entry, string Before, string After) Footer { get; init; }

    public string? CustomEntry { get; init; }

    /// <summary>A PNG image part related from the main part as <see cref="PictureId"/>, its bytes written per document.</summary>
    public string? PictureEntry { get; init; }

    /// <summary>The custom properties part with <see cref="ProfileProperties"/>' placeholders.</summary>
    public string? CustomXml { get; init; }

    /// <summary>The final section's XML (page setup, header and footer references), written at the body's end.</summary>
    public required string SectionXml { get; init; }

    /// <summary>The text width between the page margins (twentieths of a point), for the lines' right tab.</summary>
    public required int Width { get; init; }

    public static PackageSkeleton For(DocumentOptions options, string language, bool custom, bool picture = false)
    {
        var key = (options.Design?.ContentHash ?? "", language, custom, picture);
        if (Built.Count > MaxKept && !Built.ContainsKey(key))
        {
            Built.Clear(); // style files replaced again and again: start over rather than grow
        }

        return Built.GetOrAdd(key, _ => new Lazy<PackageSkeleton>(() => Build(options.Design, language, custom, picture))).Value;
    }

    private static PackageSkeleton Build(CorporateDesign? design, string language, bool custom, bool picture)
    {
        // The package without the body, as the SDK makes it. Without autosave only the parts written here are
        // stored: a design's own body is never saved back.
        using var package = design?.OpenCopy() ?? new MemoryStream(32 * 1024);
        SectionProperties section;
        int width;
        string mainEntry, headerEntry, footerEntry;
        string? customEntry = null, pictureEntry = null;
        using (var document = design is null
            ? WordprocessingDocument.Create(package, WordprocessingDocumentType.Document, autoSave: false)
            : WordprocessingDocument.Open(package, true, new OpenSettings { AutoSave = false }))
        {
            document.CompressionOption = System.IO.Packaging.CompressionOption.NotCompressed;
            if (document.DocumentType != WordprocessingDocumentType.Document)
            {
                document.ChangeDocumentType(WordprocessingDocumentType.Document);
            }

            var main = document.MainDocumentPart ?? document.AddMainDocumentPart();

            // A design's body is sample text; only its final page setup with header and footer stays.
            var designSection = (SectionProperties?)main.Document?.Body?.Elements<SectionProperties>().LastOrDefault()?.CloneNode(true);
            ProfileStyles.Apply(main, language);
            SettingsPart.Apply(main);
            (section, width) = PageFrame.Create(main, designSection, Marker(HeaderMarker), Marker(FooterMarker));
            main.GetStream(FileMode.Create, FileAccess.Write).Dispose();
            if (picture)
            {
                // Related under a fixed id the body's drawing names; the placeholder bytes are replaced per document.
                var image = main.AddImagePart(ImagePartType.Png, PictureId);
                using (var placeholder = new MemoryStream([0]))
                {
                    image.FeedData(placeholder);
                }

                pictureEntry = Entry(image);
            }

            mainEntry = Entry(main);
            headerEntry = Entry(main.GetPartById(section.Elements<HeaderReference>().First(r => r.Type is null || r.Type.Value == HeaderFooterValues.Default).Id!.Value!));
            footerEntry = Entry(main.GetPartById(section.Elements<FooterReference>().First(r => r.Type is null || r.Type.Value == HeaderFooterValues.Default).Id!.Value!));

            // Makes sure the core properties part exists and is related; its content is written per document.
            document.PackageProperties.Title = "-";
            if (custom)
            {
                ProfileProperties.Write(document, ProfileProperties.IdPlaceholder, ProfileProperties.VersionPlaceholder, language);
                customEntry = Entry(document.CustomFilePropertiesPart!);
            }
        }

        package.Position = 0;
        using var zip = new ZipArchive(package, ZipArchiveMode.Read, leaveOpen: true);
        var coreEntry = CorePartName(zip);
        var entries = new List<(string, ZipEntryData?)>();
        string? customXml = null;
        (string, string, string)? header = null, footer = null;
        foreach (var entry in zip.Entries)
        {
            var name = entry.FullName;
            if (name == mainEntry || name == coreEntry || name == pictureEntry)
            {
                entries.Add((name, null));
            }
            else if (name == headerEntry)
            {
                header = Split(name, Read(entry), HeaderMarker);
                entries.Add((name, null));
            }
            else if (name == footerEntry)
            {
                footer = Split(name, Read(entry), FooterMarker);
                entries.Add((name, null));
            }
            else if (name == customEntry)
            {
                customXml = Read(entry);
                entries.Add((name, null));
            }
            else
            {
                using var content = new MemoryStream();
                using (var from = entry.Open())
                {
                    from.CopyTo(content);
                }

                entries.Add((name, ZipWriter.Compress(name, content.ToArray())));
            }
        }

        return new PackageSkeleton
        {
            Entries = entries,
            MainEntry = mainEntry,
            CoreEntry = coreEntry,
            Header = header ?? throw new InvalidOperationException($"header part {headerEntry} not in the package"),
            Footer = footer ?? throw new InvalidOperationException($"footer part {footerEntry} not in the package"),
            CustomEntry = customEntry,
            CustomXml = customXml,
            PictureEntry = pictureEntry,
            SectionXml = section.OuterXml,
            Width = width,
        };
    }

    private static Paragraph Marker(string text) => new(new Run(new Text(text)));

    private static string Entry(OpenXmlPart part) => part.Uri.OriginalString.TrimStart('/');

    private static string Read(ZipArchiveEntry entry)
    {
        using var reader = new StreamReader(entry.Open());
        return reader.ReadToEnd();
    }

    /// <summary>The part's XML before and after the marker paragraph, which the document's own line replaces.</summary>
    private static (string, string, string) Split(string name, string xml, string marker)
    {
        var paragraph = $"<w:p><w:r><w:t>{marker}</w:t></w:r></w:p>";
        var at = xml.IndexOf(paragraph, StringComparison.Ordinal);
        return at < 0
            ? throw new InvalidOperationException($"{name}: the line's place was not found (the part does not use the prefix w for {W})")
            : (name, xml[..at], xml[(at + paragraph.Length)..]);
    }

    /// <summary>Where the package relationships put the core properties (a GUID name when the SDK made them).</summary>
    private static string CorePartName(ZipArchive zip)
    {
        using var stream = zip.GetEntry("_rels/.rels")!.Open();
        var relationships = XDocument.Load(stream);
        var target = relationships.Root!.Elements()
            .First(r => ((string?)r.Attribute("Type"))?.EndsWith("/metadata/core-properties", StringComparison.Ordinal) == true)
            .Attribute("Target")!.Value;
        return target.TrimStart('/');
    }
}
