using System.Security.Cryptography;
using System.Text;
using System.Xml;
using System.Xml.Linq;

namespace WfTeams.Bot.Manifest;

/// <summary>
/// The Word add-in's XML manifest (manifest/word/manifest.xml) for one deployment: the add-in id,
/// the API's client id and the host put in place of the placeholders, the version set. An admin
/// uploads the file in the Microsoft 365 admin center (Integrated apps); for a test it is sideloaded.
/// </summary>
public static class WordAddinManifest
{
    public const string FileName = "manifest.xml";

    /// <summary>Stands for the API's client id (Api:ClientId) in the shipped manifest.</summary>
    public const string PlaceholderApiClientId = "00000000-0000-0000-0000-0000000000a1";

    public static readonly XNamespace Office = "http://schemas.microsoft.com/office/appforoffice/1.1";
    public static readonly XNamespace Overrides = "http://schemas.microsoft.com/office/taskpaneappversionoverrides";

    /// <summary>The manifest shipped beside the binary (copied from the repository's manifest/word).</summary>
    public static string DefaultSource => Path.Combine(AppContext.BaseDirectory, "manifest", "word", FileName);

    /// <summary>Where the Word manifest goes beside a Teams package: <c>wfteams.zip</c> → <c>wfteams-word.xml</c>.</summary>
    public static string OutputBeside(string packagePath) =>
        Path.Combine(Path.GetDirectoryName(Path.GetFullPath(packagePath))!, Path.GetFileNameWithoutExtension(packagePath) + "-word.xml");

    /// <summary>
    /// The add-in's own id: derived from the bot's app id (a name-based GUID, RFC 9562 version 5), so
    /// every package of a deployment has the same id (updates replace the add-in) and it never
    /// equals the Teams app's id (the admin center keeps the two apps apart).
    /// </summary>
    public static Guid AddinId(Guid appId)
    {
        var hash = SHA1.HashData(Encoding.UTF8.GetBytes($"wfteams-word-addin:{appId:D}"));
        hash[6] = (byte)((hash[6] & 0x0F) | 0x50);
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80);
        return new Guid(hash.AsSpan(0, 16), bigEndian: true);
    }

    /// <summary>Reads and fills in the manifest in memory; nothing is written.</summary>
    /// <exception cref="InvalidManifestException">The file is missing, not XML or lacks a placeholder.</exception>
    public static XDocument Build(string source, TeamsAppSettings settings, Guid apiClientId, string? audience)
    {
        var info = new FileInfo(source);
        if (!info.Exists)
        {
            throw new InvalidManifestException([new ManifestError(source, null, "ManifestFileMissing", FileName)]);
        }

        if (info.Length > TeamsAppPackage.MaxFileBytes)
        {
            throw new InvalidManifestException([new ManifestError(source, null, "ManifestFileTooLarge", FileName, info.Length, TeamsAppPackage.MaxFileBytes)]);
        }

        XDocument document;
        try
        {
            document = XDocument.Load(source, LoadOptions.PreserveWhitespace);
        }
        catch (XmlException ex)
        {
            throw new InvalidManifestException([new ManifestError(source, null, "ManifestNotXml", ex.LineNumber, ex.LinePosition)]);
        }

        var errors = new List<ManifestError>();
        var id = document.Root?.Element(Office + "Id");
        if (id?.Value.Trim() != TeamsAppPackage.PlaceholderAppId)
        {
            errors.Add(new ManifestError(source, "/OfficeApp/Id", "ManifestPlaceholderMissing", TeamsAppPackage.PlaceholderAppId));
        }

        var application = document.Root?.Element(Overrides + "VersionOverrides")?.Element(Overrides + "WebApplicationInfo");
        if (application?.Element(Overrides + "Id")?.Value.Trim() != PlaceholderApiClientId)
        {
            errors.Add(new ManifestError(source, "/OfficeApp/VersionOverrides/WebApplicationInfo/Id", "ManifestPlaceholderMissing", PlaceholderApiClientId));
        }

        if (!document.Descendants().Any(element => element.Value.Contains(TeamsAppPackage.PlaceholderHost, StringComparison.Ordinal)
            || element.Attributes().Any(attribute => attribute.Value.Contains(TeamsAppPackage.PlaceholderHost, StringComparison.Ordinal))))
        {
            errors.Add(new ManifestError(source, "/OfficeApp/DefaultSettings/SourceLocation", "ManifestPlaceholderMissing", TeamsAppPackage.PlaceholderHost));
        }

        if (errors.Count > 0)
        {
            throw new InvalidManifestException(errors);
        }

        id!.Value = AddinId(settings.AppId).ToString("D");
        application!.Element(Overrides + "Id")!.Value = apiClientId.ToString("D");
        if (!string.IsNullOrWhiteSpace(audience))
        {
            application.Element(Overrides + "Resource")!.Value = audience.Trim();
        }

        foreach (var text in document.DescendantNodes().OfType<XText>())
        {
            text.Value = Replace(text.Value, settings.HostName, apiClientId);
        }

        foreach (var attribute in document.Descendants().Attributes())
        {
            attribute.Value = Replace(attribute.Value, settings.HostName, apiClientId);
        }

        if (settings.Version is not null)
        {
            document.Root!.Element(Office + "Version")!.Value = settings.Version;
        }

        return document;
    }

    /// <summary>Writes beside the target and moves over it: never half a file.</summary>
    public static async Task WriteAsync(XDocument document, string outputPath, CancellationToken cancellationToken = default)
    {
        var full = Path.GetFullPath(outputPath);
        var temporary = $"{full}.{Guid.NewGuid():N}.tmp";
        try
        {
            await using (var file = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 4096, useAsync: true))
            {
                await document.SaveAsync(file, SaveOptions.DisableFormatting, cancellationToken);
            }

            File.Move(temporary, full, overwrite: true);
        }
        finally
        {
            File.Delete(temporary);
        }
    }

    private static string Replace(string text, string hostName, Guid apiClientId) => text
        .Replace(TeamsAppPackage.PlaceholderHost, hostName, StringComparison.OrdinalIgnoreCase)
        .Replace(PlaceholderApiClientId, apiClientId.ToString("D"), StringComparison.OrdinalIgnoreCase);
}
