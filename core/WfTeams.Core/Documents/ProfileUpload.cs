using System.Globalization;
using System.IO.Compression;
using System.Xml;
using WfTeams.Core.Processes;

namespace WfTeams.Core.Documents;

/// <summary>
/// An uploaded Prozesssteckbrief, checked before anything reads its content: at most 10 MiB, a zip
/// (not an encrypted or old binary Word file), at most 2,000 parts, at most 50 MiB unpacked
/// (counted while unpacking, not taken from the zip's headers), a Word document without macros.
/// Names the template id and version it was made of (<see cref="ProfileDocument"/> writes them).
/// </summary>
public sealed class ProfileUpload
{
    public const int MaxBytes = 10 * 1024 * 1024;
    public const long MaxUnpackedBytes = 50L * 1024 * 1024;
    public const int MaxParts = 2000;

    private const string MainContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";
    private static readonly byte[] CompoundFile = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
    private static readonly XmlReaderSettings XmlSettings = new() { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, IgnoreComments = true };

    private readonly byte[] _package;
    private readonly Counter _counter = new();
    private long _unpacked;

    private ProfileUpload(byte[] package, string mainPart, IReadOnlyDictionary<string, string> properties)
    {
        _package = package;
        MainPart = mainPart;
        Properties = properties;
        TemplateId = properties.GetValueOrDefault(ProfileProperties.TemplateId);
        TemplateVersion = int.TryParse(properties.GetValueOrDefault(ProfileProperties.TemplateVersion), NumberStyles.None, CultureInfo.InvariantCulture, out var v) ? v : null;
        Language = properties.GetValueOrDefault(ProfileProperties.Language) is { } tag && tag.StartsWith("en", StringComparison.OrdinalIgnoreCase) ? "en" : "de";
    }

    /// <summary>The template the profile was made of; null when the document does not say (not a profile of WfTeams).</summary>
    public string? TemplateId { get; }

    public int? TemplateVersion { get; }

    /// <summary>The profile's language, "de" or "en": the titles of its controls and its translated values are in it.</summary>
    public string Language { get; }

    internal string MainPart { get; }

    internal IReadOnlyDictionary<string, string> Properties { get; }

    /// <summary>Reads at most <see cref="MaxBytes"/> from the stream (an HTTP request body, a file): a larger one is refused unread.</summary>
    /// <exception cref="InvalidTemplateException">Every reason the upload is refused, at path "$".</exception>
    public static async Task<ProfileUpload> OpenAsync(Stream stream, CancellationToken cancellationToken = default)
    {
        var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await stream.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > MaxBytes)
            {
                throw Refused(new TemplateError("$", "DocxTooLarge", MaxBytes / 1024 / 1024));
            }

            buffer.Write(chunk, 0, read);
        }

        return Open(buffer.ToArray());
    }

    /// <exception cref="InvalidTemplateException">Every reason the upload is refused, at path "$".</exception>
    public static ProfileUpload Open(byte[] package)
    {
        if (package.Length > MaxBytes)
        {
            throw Refused(new TemplateError("$", "DocxTooLarge", MaxBytes / 1024 / 1024));
        }

        if (package.AsSpan().StartsWith(CompoundFile))
        {
            // An encrypted Office document is a compound file with an EncryptedPackage stream; other
            // compound files are the binary Word format (.doc).
            var encrypted = package.AsSpan().IndexOf("E\0n\0c\0r\0y\0p\0t\0e\0d\0P\0a\0c\0k\0a\0g\0e\0"u8) >= 0;
            throw Refused(new TemplateError("$", encrypted ? "DocxEncrypted" : "DocxBinaryFormat"));
        }

        if (!package.AsSpan().StartsWith("PK\x03\x04"u8))
        {
            throw Refused(new TemplateError("$", "DocxNotZip"));
        }

        try
        {
            using var zip = new ZipArchive(new MemoryStream(package, writable: false), ZipArchiveMode.Read);
            if (zip.Entries.Count > MaxParts)
            {
                throw Refused(new TemplateError("$", "DocxTooManyParts", zip.Entries.Count, MaxParts));
            }

            var declared = zip.Entries.Sum(e => e.Length);
            if (declared > MaxUnpackedBytes)
            {
                throw Refused(new TemplateError("$", "DocxTooLargeUnpacked", MaxUnpackedBytes / 1024 / 1024));
            }

            var upload = new ProfileUpload(package, "", new Dictionary<string, string>());
            var errors = new List<TemplateError>();
            if (zip.Entries.Any(e => e.FullName.EndsWith("vbaProject.bin", StringComparison.OrdinalIgnoreCase) || e.FullName.EndsWith("vbaData.xml", StringComparison.OrdinalIgnoreCase)))
            {
                errors.Add(new TemplateError("$", "DocxMacros"));
            }

            var (main, custom) = upload.Parts(zip, errors);
            if (errors.Count > 0)
            {
                throw Refused([.. errors.DistinctBy(e => e.MessageKey)]);
            }

            var properties = custom is null ? new Dictionary<string, string>() : upload.ReadProperties(zip, custom);
            return new ProfileUpload(package, main!, properties) { _unpacked = upload._counter.Bytes };
        }
        catch (InvalidDataException)
        {
            throw Refused(new TemplateError("$", "DocxNotZip"));
        }
        catch (XmlException ex)
        {
            throw Refused(new TemplateError("$", "DocxBroken", ex.Message));
        }
    }

    /// <summary>
    /// The main document part, unpacked as it is read; throws <see cref="InvalidTemplateException"/>
    /// when the total unpacked so far passes the limit.
    /// </summary>
    internal Stream OpenMainPart()
    {
        var zip = new ZipArchive(new MemoryStream(_package, writable: false), ZipArchiveMode.Read);
        var entry = zip.GetEntry(MainPart) ?? throw Refused(new TemplateError("$", "DocxNotProfile"));
        // Every read starts from what the checks unpacked, so reading twice never adds up.
        return new LimitedStream(entry.Open(), new Counter { Bytes = _unpacked }, zip);
    }

    private (string? Main, string? Custom) Parts(ZipArchive zip, List<TemplateError> errors)
    {
        // The content types say what the main part is: a macro-enabled document or a template is refused.
        var types = zip.GetEntry("[Content_Types].xml");
        string? mainType = null;
        string? main = null;
        string? custom = null;
        var overrides = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var defaults = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        if (types is not null)
        {
            using var reader = XmlReader.Create(new LimitedStream(types.Open(), _counter, null), XmlSettings);
            while (reader.Read())
            {
                if (reader.NodeType == XmlNodeType.Element && reader.LocalName is "Override" or "Default"
                    && (reader.GetAttribute("PartName") ?? reader.GetAttribute("Extension")) is { } part && reader.GetAttribute("ContentType") is { } type)
                {
                    (reader.LocalName == "Override" ? overrides : defaults)[part.TrimStart('/')] = type;
                    if (type.Contains("vbaProject", StringComparison.OrdinalIgnoreCase) || type.Contains("macroEnabled", StringComparison.OrdinalIgnoreCase))
                    {
                        errors.Add(new TemplateError("$", "DocxMacros"));
                    }
                }
            }
        }

        var rels = zip.GetEntry("_rels/.rels");
        if (rels is not null)
        {
            using var reader = XmlReader.Create(new LimitedStream(rels.Open(), _counter, null), XmlSettings);
            while (reader.Read())
            {
                if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "Relationship" && reader.GetAttribute("Target") is { } target)
                {
                    var type = reader.GetAttribute("Type") ?? "";
                    if (type.EndsWith("/officeDocument", StringComparison.Ordinal))
                    {
                        main = target.TrimStart('/');
                    }
                    else if (type.EndsWith("/custom-properties", StringComparison.Ordinal))
                    {
                        custom = target.TrimStart('/');
                    }
                }
            }
        }

        if (main is not null)
        {
            mainType = overrides.GetValueOrDefault(main) ?? defaults.GetValueOrDefault(Path.GetExtension(main).TrimStart('.'));
        }

        if (main is null || zip.GetEntry(main) is null)
        {
            errors.Add(new TemplateError("$", "DocxNotWord"));
        }
        else if (mainType != MainContentType && !errors.Any(e => e.MessageKey == "DocxMacros"))
        {
            errors.Add(new TemplateError("$", mainType?.Contains("template", StringComparison.OrdinalIgnoreCase) == true ? "DocxTemplate" : "DocxNotWord"));
        }

        return (main, custom is not null && zip.GetEntry(custom) is not null ? custom : null);
    }

    private Dictionary<string, string> ReadProperties(ZipArchive zip, string custom)
    {
        using var stream = new LimitedStream(zip.GetEntry(custom)!.Open(), _counter, null);
        return ProfileProperties.Read(stream);
    }

    private static InvalidTemplateException Refused(params TemplateError[] errors) => new("Word document", errors);

    /// <summary>Counts what is unpacked against the upload's limit; a zip bomb stops at 50 MiB, whatever its headers claim.</summary>
    private sealed class Counter
    {
        public long Bytes;
    }

    private sealed class LimitedStream(Stream inner, Counter counter, IDisposable? owner) : Stream
    {
        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

        public override int Read(Span<byte> buffer)
        {
            var n = inner.Read(buffer);
            counter.Bytes += n;
            if (counter.Bytes > MaxUnpackedBytes)
            {
                throw Refused(new TemplateError("$", "DocxTooLargeUnpacked", MaxUnpackedBytes / 1024 / 1024));
            }

            return n;
        }

        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                inner.Dispose();
                owner?.Dispose();
            }

            base.Dispose(disposing);
        }
    }
}
