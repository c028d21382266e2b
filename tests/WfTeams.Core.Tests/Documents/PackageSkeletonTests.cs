using System.IO.Compression;
using DocumentFormat.OpenXml.Packaging;
using WfTeams.Core.Documents;
using WfTeams.Core.Processes;
using WfTeams.Testing;

namespace WfTeams.Core.Tests.Documents;

/// <summary>The static parts built once (issue 16): every document still has its own header, footer and properties.</summary>
public sealed class PackageSkeletonTests
{
    private static readonly string[] Placeholders =
        [PackageSkeleton.HeaderMarker, PackageSkeleton.FooterMarker, ProfileProperties.IdPlaceholder, ProfileProperties.VersionPlaceholder, ProfileProperties.Placeholder];

    public static TheoryData<bool> Designs() => [false, true];

    private static DocumentOptions Options(bool design) => new()
    {
        Organisation = "Wirtschaftsförderung & Co",
        Design = design ? CorporateDesign.FromBytes(ProfileDocument.Create(TemplateFactory.Minimal() with { Name = "Hausdesign" }), "design.docx") : null,
    };

    [Theory]
    [MemberData(nameof(Designs))]
    public void Create_TwoTemplatesAfterAnother_EachHasItsOwnHeaderFooterAndProperties(bool design)
    {
        var options = Options(design);
        var first = TemplateFactory.Minimal("erster") with { Name = "Erster <Prozess>", Version = 3 };
        var second = TemplateFactory.Minimal("zweiter") with { Name = "Zweiter Prozess", Version = 7, Status = TemplateStatus.Released };

        var a = ProfileDocument.Create(first, options);
        var b = ProfileDocument.Create(second, options);

        AssertOwn(a, first);
        AssertOwn(b, second);
    }

    [Fact]
    public void Create_SameTemplateTwice_SameBytes()
    {
        var template = TemplateFactory.Large(5, "gleich");

        Assert.Equal(ProfileDocument.Create(template), ProfileDocument.Create(template));
    }

    private static void AssertOwn(byte[] bytes, ProcessTemplate template)
    {
        using (var zip = new ZipArchive(new MemoryStream(bytes), ZipArchiveMode.Read))
        {
            foreach (var entry in zip.Entries)
            {
                using var reader = new StreamReader(entry.Open());
                var content = reader.ReadToEnd();
                Assert.DoesNotContain(Placeholders, p => content.Contains(p, StringComparison.Ordinal));
            }
        }

        using var document = WordprocessingDocument.Open(new MemoryStream(bytes), false);
        Assert.Empty(new DocumentFormat.OpenXml.Validation.OpenXmlValidator(DocumentFormat.OpenXml.FileFormatVersions.Office2019).Validate(document));
        var main = document.MainDocumentPart!;
        Assert.Contains(template.Name, main.HeaderParts.Single().Header!.InnerText, StringComparison.Ordinal);
        Assert.Contains("Wirtschaftsförderung & Co", main.HeaderParts.Single().Header!.InnerText, StringComparison.Ordinal);
        Assert.Contains($"Version {template.Version}", main.FooterParts.Single().Footer!.InnerText, StringComparison.Ordinal);
        Assert.Equal(template.Name, document.PackageProperties.Title);
        var custom = document.CustomFilePropertiesPart!.Properties!.Elements<DocumentFormat.OpenXml.CustomProperties.CustomDocumentProperty>()
            .ToDictionary(p => p.Name!.Value!, p => p.InnerText);
        Assert.Equal(template.Id, custom["WfTemplateId"]);
        Assert.Equal(template.Version.ToString(System.Globalization.CultureInfo.InvariantCulture), custom["WfTemplateVersion"]);
        Assert.Matches("^[0-9a-f]+$", custom["WfOutsideText"]);
    }
}
