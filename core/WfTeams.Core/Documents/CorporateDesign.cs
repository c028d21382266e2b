using System.IO.Packaging;
using System.Xml;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using WfTeams.Core.Processes;

namespace WfTeams.Core.Documents;

/// <summary>
/// An organisation's Word template (.dotx or .docx): its styles, page setup, header, footer and
/// logo are used for the profile. Checked completely when loaded, so a broken file is reported
/// before any document is made from it.
/// </summary>
public sealed class CorporateDesign
{
    public const long MaxBytes = 10 * 1024 * 1024;

    private readonly byte[] _bytes;

    private CorporateDesign(byte[] bytes, string origin)
    {
        _bytes = bytes;
        Origin = origin;
        ContentHash = Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(bytes));
    }

    /// <summary>SHA-256 of the file's bytes (hex): what a document made with this design depends on, for cache keys and ETags.</summary>
    public string ContentHash { get; }

    /// <summary>Where the design came from, for messages.</summary>
    public string Origin { get; }

    public static async Task<CorporateDesign> LoadAsync(string path, CancellationToken cancellationToken = default)
    {
        var info = new FileInfo(path);
        if (!info.Exists)
        {
            throw Invalid(path, "StyleFileNotFound");
        }

        if (info.Length > MaxBytes)
        {
            throw Invalid(path, "StyleFileTooLarge", info.Length, MaxBytes);
        }

        byte[] bytes;
        try
        {
            bytes = await File.ReadAllBytesAsync(path, cancellationToken);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw Invalid(path, "FileUnreadable", ex.Message);
        }

        return FromBytes(bytes, path);
    }

    /// <exception cref="InvalidTemplateException">Not a Word document or template, or a damaged one.</exception>
    public static CorporateDesign FromBytes(byte[] bytes, string origin)
    {
        if (bytes.LongLength > MaxBytes)
        {
            throw Invalid(origin, "StyleFileTooLarge", bytes.LongLength, MaxBytes);
        }

        try
        {
            using var stream = new MemoryStream(bytes, writable: false);
            using var document = WordprocessingDocument.Open(stream, false);
            if (document.DocumentType is not (WordprocessingDocumentType.Document or WordprocessingDocumentType.Template))
            {
                throw Invalid(origin, "StyleFileNotWord", document.DocumentType);
            }

            // Parse every part the profile touches now rather than half-way through making one.
            var main = document.MainDocumentPart ?? throw Invalid(origin, "StyleFileNotWord", "word/document.xml");
            _ = main.Document?.Body;
            _ = main.StyleDefinitionsPart?.Styles;
            _ = main.NumberingDefinitionsPart?.Numbering;
            _ = main.DocumentSettingsPart?.Settings;
            foreach (var header in main.HeaderParts)
            {
                _ = header.Header;
            }

            foreach (var footer in main.FooterParts)
            {
                _ = footer.Footer;
            }
        }
        catch (Exception ex) when (ex is OpenXmlPackageException or InvalidDataException or FileFormatException or XmlException or IOException or InvalidOperationException)
        {
            throw Invalid(origin, "StyleFileNotWord", ex.Message);
        }

        return new CorporateDesign(bytes, origin);
    }

    /// <summary>A writable copy of the template, to become the profile.</summary>
    internal MemoryStream OpenCopy()
    {
        var stream = new MemoryStream(_bytes.Length + 64 * 1024);
        stream.Write(_bytes);
        stream.Position = 0;
        return stream;
    }

    private static InvalidTemplateException Invalid(string origin, string key, params object?[] args) =>
        new(origin, [new TemplateError("$", key, args)]);
}
