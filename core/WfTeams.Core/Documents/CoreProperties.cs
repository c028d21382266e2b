using System.Globalization;
using System.Xml;

namespace WfTeams.Core.Documents;

/// <summary>
/// The package's core properties (title, subject, author, …), written per document as the core properties
/// part. What WfTeams sets, and what a design carries into its documents (<see cref="PackageSkeleton.Carried"/>).
/// </summary>
internal sealed class CoreProperties
{
    private const string Cp = "http://schemas.openxmlformats.org/package/2006/metadata/core-properties";
    private const string Dc = "http://purl.org/dc/elements/1.1/";
    private const string DcTerms = "http://purl.org/dc/terms/";
    private const string Xsi = "http://www.w3.org/2001/XMLSchema-instance";

    public string? Title { get; set; }

    public string? Subject { get; set; }

    public string? Creator { get; set; }

    public string? Keywords { get; set; }

    public string? Description { get; set; }

    public string? Category { get; set; }

    public string? Version { get; set; }

    public string? ContentStatus { get; set; }

    public string? Language { get; set; }

    public DateTime? Created { get; set; }

    public DateTime? Modified { get; set; }

    public void WriteTo(XmlWriter xml)
    {
        xml.WriteStartElement("cp", "coreProperties", Cp);
        xml.WriteAttributeString("xmlns", "dc", null, Dc);
        xml.WriteAttributeString("xmlns", "dcterms", null, DcTerms);
        xml.WriteAttributeString("xmlns", "xsi", null, Xsi);
        Element("dc", "title", Dc, Title);
        Element("dc", "subject", Dc, Subject);
        Element("dc", "creator", Dc, Creator);
        Element("cp", "keywords", Cp, Keywords);
        Element("dc", "description", Dc, Description);
        Element("cp", "category", Cp, Category);
        Element("cp", "version", Cp, Version);
        Element("cp", "contentStatus", Cp, ContentStatus);
        Element("dc", "language", Dc, Language);
        Date("created", Created);
        Date("modified", Modified);
        xml.WriteEndElement();

        void Element(string prefix, string name, string ns, string? value)
        {
            if (value is not null)
            {
                xml.WriteElementString(prefix, name, ns, XmlText.Clean(value));
            }
        }

        void Date(string name, DateTime? value)
        {
            if (value is { } date)
            {
                xml.WriteStartElement("dcterms", name, DcTerms);
                xml.WriteAttributeString("xsi", "type", Xsi, "dcterms:W3CDTF");
                xml.WriteString(date.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));
                xml.WriteEndElement();
            }
        }
    }
}
