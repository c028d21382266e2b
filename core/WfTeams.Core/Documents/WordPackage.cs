using System.IO.Compression;
using System.Text;
using System.Xml;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace WfTeams.Core.Documents;

/// <summary>
/// How every Word document of WfTeams is put together: the organisation's design (or a clean
/// default), the shared styles and settings, a page frame, the package properties, and a body
/// streamed straight into its zip entry.
/// </summary>
internal static class WordPackage
{
    private static readonly XmlWriterSettings XmlSettings = new() { Encoding = new UTF8Encoding(false), CloseOutput = false };

    /// <summary>The whole document in memory: a caller writes or sends it at once or not at all.</summary>
    /// <param name="frame">The page frame (header, footer, page setup) from the design's own last section, if any.</param>
    /// <param name="describe">Sets the package properties (title, subject, author, …).</param>
    /// <param name="body">Writes the body between its start and the final section.</param>
    /// <param name="finish">Rewrites the custom properties part once the body is written (for what only the body knows).</param>
    public static byte[] Create(
        DocumentOptions options,
        ProfileText text,
        Func<MainDocumentPart, SectionProperties?, SectionProperties> frame,
        Action<WordprocessingDocument> describe,
        Action<WordWriter> body,
        Func<WordWriter, string, string>? finish = null)
    {
        // First the package without the body: styles, numbering, settings, header, footer, properties.
        // Without autosave only the parts written here are stored: a design's own body is never saved back.
        using var package = options.Design?.OpenCopy() ?? new MemoryStream(32 * 1024);
        SectionProperties section;
        string mainEntry;
        string? customEntry;
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
            SettingsPart.Apply(main);
            section = frame(main, designSection);
            main.GetStream(FileMode.Create, FileAccess.Write).Dispose();
            mainEntry = main.Uri.OriginalString.TrimStart('/');
            describe(document);
            customEntry = finish is null ? null : document.CustomFilePropertiesPart?.Uri.OriginalString.TrimStart('/');
        }

        // Then the package once more with the body streamed into its zip entry. Written through the
        // SDK, the body (6 MB of XML for 500 steps) would wait uncompressed in memory until the package closes.
        package.Position = 0;
        using var output = new MemoryStream(64 * 1024);
        using (var source = new ZipArchive(package, ZipArchiveMode.Read, leaveOpen: true))
        using (var target = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            WordWriter? writer = null;
            foreach (var entry in source.Entries)
            {
                if (entry.FullName == mainEntry)
                {
                    using var stream = target.CreateEntry(mainEntry, CompressionLevel.Fastest).Open();
                    using var xml = XmlWriter.Create(stream, XmlSettings);
                    var w = writer = new WordWriter(xml);
                    w.StartDocument();
                    body(w);
                    w.EndDocument(section);
                    continue;
                }

                if (entry.FullName == customEntry)
                {
                    continue; // written last, when the body is known
                }

                using var from = entry.Open();
                using var to = target.CreateEntry(entry.FullName, CompressionLevel.Fastest).Open();
                from.CopyTo(to);
            }

            if (customEntry is not null && writer is not null)
            {
                string custom;
                using (var reader = new StreamReader(source.GetEntry(customEntry)!.Open(), Encoding.UTF8))
                {
                    custom = reader.ReadToEnd();
                }

                using var to = new StreamWriter(target.CreateEntry(customEntry, CompressionLevel.Fastest).Open(), new UTF8Encoding(false));
                to.Write(finish!(writer, custom));
            }
        }

        return output.ToArray();
    }

    /// <summary>A download file name from <paramref name="name"/>, without characters file systems refuse, at most 120 characters.</summary>
    public static string FileName(string name, string fallback, string suffix)
    {
        var invalid = Path.GetInvalidFileNameChars().Concat(['"', '<', '>', '|', ':', '*', '?', '\\', '/']).ToHashSet();
        var safe = new string([.. XmlText.Clean(name).Select(c => invalid.Contains(c) || char.IsControl(c) ? '_' : c)]).Trim(' ', '.');
        if (safe.Length > 120)
        {
            safe = safe[..120].TrimEnd(' ', '.');
        }

        return $"{(safe.Length == 0 ? fallback : safe)}{suffix}.docx";
    }
}
