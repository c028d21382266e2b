using System.Globalization;
using System.Xml;
using DocumentFormat.OpenXml.CustomProperties;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.VariantTypes;
using WfTeams.Core.Processes;

namespace WfTeams.Core.Documents;

/// <summary>
/// What a profile says about itself in its custom document properties (docProps/custom.xml): the
/// template id and version it was made of, its language, and the fingerprint of the text outside its
/// fields. Editors keep custom properties (Word, LibreOffice), so an edited profile still names its source.
/// </summary>
internal static class ProfileProperties
{
    public const string TemplateId = "WfTemplateId";
    public const string TemplateVersion = "WfTemplateVersion";
    public const string Language = "WfLanguage";
    public const string OutsideText = "WfOutsideText";

    /// <summary>Stands for the fingerprint until the body is written; as long as the value, so the part keeps its size.</summary>
    public const string Placeholder = "wf-outside-text!";

    private const string FormatId = "{D5CDD505-2E9C-101B-9397-08002B2CF9AE}";
    private static readonly string[] Names = [TemplateId, TemplateVersion, Language, OutsideText];

    /// <summary>Stand for the template id and version in a package skeleton (<see cref="PackageSkeleton"/>).</summary>
    public const string IdPlaceholder = "wf-template-id!";

    public const string VersionPlaceholder = "wf-template-version!";

    public static void Write(WordprocessingDocument document, ProcessTemplate template, ProfileText text) =>
        Write(document, XmlText.Clean(template.Id), template.Version.ToString(CultureInfo.InvariantCulture), text.LanguageTag);

    /// <summary>The values a document's custom properties part gets in place of the skeleton's placeholders (XML-escaped).</summary>
    public static (string Placeholder, string Value)[] Values(ProcessTemplate template, string outsideText) =>
    [
        (IdPlaceholder, System.Security.SecurityElement.Escape(XmlText.Clean(template.Id))),
        (VersionPlaceholder, template.Version.ToString(CultureInfo.InvariantCulture)),
        (Placeholder, outsideText),
    ];

    public static void Write(WordprocessingDocument document, string templateId, string version, string language)
    {
        var part = document.CustomFilePropertiesPart ?? document.AddCustomFilePropertiesPart();
        var properties = part.Properties ??= new Properties();

        // A style file may bring properties of its own: they stay, ours are replaced.
        foreach (var old in properties.Elements<CustomDocumentProperty>().Where(p => Names.Contains(p.Name?.Value)).ToList())
        {
            old.Remove();
        }

        var id = properties.Elements<CustomDocumentProperty>().Select(p => p.PropertyId?.Value ?? 1).DefaultIfEmpty(1).Max();
        void Add(string name, string value) => properties.AppendChild(new CustomDocumentProperty(new VTLPWSTR(value))
        {
            FormatId = FormatId,
            PropertyId = ++id,
            Name = name,
        });

        Add(TemplateId, templateId);
        Add(TemplateVersion, version);
        Add(Language, language);
        Add(OutsideText, Placeholder);
        properties.Save();
    }

    /// <summary>The name–value pairs of a custom properties part, whatever variant type an editor chose.</summary>
    public static Dictionary<string, string> Read(Stream stream)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        using var reader = XmlReader.Create(stream, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, IgnoreComments = true, XmlResolver = null });
        while (reader.Read())
        {
            if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "property" && reader.GetAttribute("name") is { } name)
            {
                using var property = reader.ReadSubtree();
                var value = "";
                while (property.Read())
                {
                    if (property.NodeType is XmlNodeType.Text or XmlNodeType.SignificantWhitespace)
                    {
                        value += property.Value;
                    }
                }

                values.TryAdd(name, value.Trim());
            }
        }

        return values;
    }
}
