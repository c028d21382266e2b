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

    [Fact]
    public void Create_DesignWithDocumentProperties_CarriesCommentsCategoryAndCompanyNotTheStyleFilesOwn()
    {
        var options = new DocumentOptions { Design = CorporateDesign.FromBytes(DesignWithProperties(), "haus.dotx") };

        var bytes = ProfileDocument.Create(TemplateFactory.Minimal() with { Name = "Ohne Kategorie" }, options);

        using var document = WordprocessingDocument.Open(new MemoryStream(bytes), false);
        Assert.Empty(new DocumentFormat.OpenXml.Validation.OpenXmlValidator(DocumentFormat.OpenXml.FileFormatVersions.Office2019).Validate(document));
        var core = document.PackageProperties;
        Assert.Equal(("Ohne Kategorie", "Prozesssteckbrief"), (core.Title, core.Subject));
        Assert.Equal(("Vorlage der Wirtschaftsförderung & Partner", "Hausdokumente"), (core.Description, core.Category));
        Assert.Equal((null, null, null, null), (core.LastModifiedBy, core.Identifier, core.Revision, core.LastPrinted));
        var app = document.ExtendedFilePropertiesPart!.Properties!;
        Assert.Equal("Wirtschaftsförderung Musterstadt GmbH", app.Company?.Text);
        Assert.Equal("Dr. Erika Muster", app.Manager?.Text);
        Assert.Null(app.Pages);
        Assert.Null(app.Words);
        Assert.Null(app.TotalTime);
    }

    [Fact]
    public void Create_DesignWithCategoryAndTemplateWithOne_TheTemplatesCategory()
    {
        var options = new DocumentOptions { Design = CorporateDesign.FromBytes(DesignWithProperties(), "haus.dotx") };

        var bytes = ProfileDocument.Create(TemplateFactory.Minimal() with { Category = ProcessCategory.Core }, options);

        using var document = WordprocessingDocument.Open(new MemoryStream(bytes), false);
        Assert.Equal("Kernprozess", document.PackageProperties.Category);
        Assert.Equal("Vorlage der Wirtschaftsförderung & Partner", document.PackageProperties.Description);
    }

    /// <summary>A style file as Word saves one: its own title, comments, category, last author, revision, and statistics.</summary>
    private static byte[] DesignWithProperties()
    {
        using var stream = new MemoryStream();
        stream.Write(DesignFiles.Template());
        using (var design = WordprocessingDocument.Open(stream, true))
        {
            var core = design.PackageProperties;
            core.Title = "Hausvorlage 2026";
            core.Description = "Vorlage der Wirtschaftsförderung & Partner";
            core.Category = "Hausdokumente";
            core.LastModifiedBy = "Grafikbüro";
            core.Identifier = "QM-07";
            core.Revision = "12";
            core.LastPrinted = new DateTime(2025, 3, 1, 0, 0, 0, DateTimeKind.Utc);
            design.AddExtendedFilePropertiesPart().Properties = new DocumentFormat.OpenXml.ExtendedProperties.Properties(
                new DocumentFormat.OpenXml.ExtendedProperties.TotalTime("42"),
                new DocumentFormat.OpenXml.ExtendedProperties.Pages("3"),
                new DocumentFormat.OpenXml.ExtendedProperties.Words("120"),
                new DocumentFormat.OpenXml.ExtendedProperties.Company("Wirtschaftsförderung Musterstadt GmbH"),
                new DocumentFormat.OpenXml.ExtendedProperties.Manager("Dr. Erika Muster"));
        }

        return stream.ToArray();
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
