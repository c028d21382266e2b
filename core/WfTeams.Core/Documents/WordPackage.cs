using System.Text;
using System.Xml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace WfTeams.Core.Documents;

/// <summary>
/// How every Word document of WfTeams is put together: the parts that are the same for a design, language
/// and kind (<see cref="PackageSkeleton"/>, built and compressed once) copied as they are, and per document
/// only the body (streamed into its zip entry), the header and footer lines, and the properties.
/// </summary>
internal static class WordPackage
{
    private static readonly XmlWriterSettings XmlSettings = new() { Encoding = new UTF8Encoding(false), CloseOutput = false };
    private static readonly UTF8Encoding Utf8 = new(false);
    private const string WordNamespaceDeclaration = " xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"";

    /// <summary>The whole document in memory: a caller writes or sends it at once or not at all.</summary>
    /// <param name="header">The header line for the text width between the margins.</param>
    /// <param name="footer">The footer line for the text width.</param>
    /// <param name="describe">Sets the core properties (title, subject, author, …).</param>
    /// <param name="body">Writes the body between its start and the final section.</param>
    /// <param name="custom">With a value, the document has WfTeams' custom properties: their values once the body is written (for what only the body knows).</param>
    /// <param name="picture">A PNG the body shows with <see cref="WordWriter.Picture"/> under <see cref="PackageSkeleton.PictureId"/>.</param>
    public static byte[] Create(
        DocumentOptions options,
        ProfileText text,
        Func<int, Paragraph> header,
        Func<int, Paragraph> footer,
        Action<CoreProperties> describe,
        Action<WordWriter> body,
        Func<WordWriter, (string Placeholder, string Value)[]>? custom = null,
        byte[]? picture = null)
    {
        var skeleton = PackageSkeleton.For(options, text.LanguageTag, custom is not null, picture is not null);
        using var output = new MemoryStream(64 * 1024);
        var zip = new ZipWriter(output);
        WordWriter? writer = null;
        foreach (var (name, data) in skeleton.Entries)
        {
            if (data is not null)
            {
                zip.Add(data);
            }
            else if (name == skeleton.MainEntry)
            {
                zip.Add(name, stream =>
                {
                    using var xml = XmlWriter.Create(stream, XmlSettings);
                    var w = writer = new WordWriter(xml);
                    w.StartDocument();
                    body(w);
                    w.EndDocument(skeleton.SectionXml);
                });
            }
            else if (name == skeleton.PictureEntry)
            {
                zip.Add(name, stream => stream.Write(picture));
            }
            else if (name == skeleton.Header.Entry)
            {
                Text(zip, name, skeleton.Header.Before + Xml(header(skeleton.Width)) + skeleton.Header.After);
            }
            else if (name == skeleton.Footer.Entry)
            {
                Text(zip, name, skeleton.Footer.Before + Xml(footer(skeleton.Width)) + skeleton.Footer.After);
            }
            else if (name == skeleton.CoreEntry)
            {
                var properties = new CoreProperties();
                describe(properties);
                zip.Add(name, stream =>
                {
                    using var xml = XmlWriter.Create(stream, XmlSettings);
                    properties.WriteTo(xml);
                });
            }
        }

        // Custom properties last: the body's fingerprint is known only now.
        if (skeleton.CustomEntry is { } customEntry && custom is not null && writer is not null)
        {
            var xml = new StringBuilder(skeleton.CustomXml);
            foreach (var (placeholder, value) in custom(writer))
            {
                xml.Replace(placeholder, value);
            }

            Text(zip, customEntry, xml.ToString());
        }

        zip.Finish();
        return output.ToArray();
    }

    private static void Text(ZipWriter zip, string name, string xml) => zip.Add(name, stream =>
    {
        var bytes = Utf8.GetBytes(xml);
        stream.Write(bytes);
    });

    /// <summary>A paragraph's XML inside a part whose root declares the w prefix.</summary>
    private static string Xml(Paragraph paragraph)
    {
        var xml = paragraph.OuterXml;
        var at = xml.IndexOf(WordNamespaceDeclaration, StringComparison.Ordinal);
        return at < 0 ? xml : xml.Remove(at, WordNamespaceDeclaration.Length);
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
