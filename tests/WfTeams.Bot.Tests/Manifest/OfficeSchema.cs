using System.Xml;
using System.Xml.Linq;
using System.Xml.Schema;
using WfTeams.Testing;

namespace WfTeams.Bot.Tests.Manifest;

/// <summary>
/// Microsoft's Office add-in manifest XSDs (OfficeApp 1.1, VersionOverrides 1.0), kept in the shared
/// folder beside the repository (../shared/schemas/office-addin-manifest).
/// </summary>
public static class OfficeSchema
{
    /// <summary>The first <c>shared/schemas/office-addin-manifest</c> above the repository root.</summary>
    public static string Folder { get; } = Find();

    private static readonly Lazy<XmlSchemaSet> Schemas = new(() =>
    {
        var set = new XmlSchemaSet { XmlResolver = new XmlUrlResolver() };
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit };
        using var reader = XmlReader.Create(Path.Combine(Folder, "OfficeAppManifestV1_1.xsd"), settings);
        set.Add(null, reader);
        set.Compile();
        return set;
    });

    /// <summary>Every schema error, with line and position; empty when the manifest is valid.</summary>
    public static List<string> Problems(string xml)
    {
        var problems = new List<string>();
        var settings = new XmlReaderSettings { ValidationType = ValidationType.Schema, Schemas = Schemas.Value, DtdProcessing = DtdProcessing.Prohibit };
        settings.ValidationFlags |= XmlSchemaValidationFlags.ReportValidationWarnings;
        settings.ValidationEventHandler += (_, e) => problems.Add($"{e.Severity} {e.Exception.LineNumber}:{e.Exception.LinePosition}: {e.Message}");
        using var reader = XmlReader.Create(new StringReader(xml), settings);
        while (reader.Read())
        {
        }

        return problems;
    }

    public static List<string> Problems(XDocument document) => Problems(document.ToString(SaveOptions.DisableFormatting));

    private static string Find()
    {
        for (var dir = new DirectoryInfo(Azurite.RepositoryRoot()).Parent; dir is not null; dir = dir.Parent)
        {
            var folder = Path.Combine(dir.FullName, "shared", "schemas", "office-addin-manifest");
            if (File.Exists(Path.Combine(folder, "OfficeAppManifestV1_1.xsd")))
            {
                return folder;
            }
        }

        throw new InvalidOperationException($"shared/schemas/office-addin-manifest not found above {Azurite.RepositoryRoot()}");
    }
}
