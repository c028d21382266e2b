using System.Text;
using System.Xml.Linq;
using WfTeams.Core.Modelling;
using WfTeams.Core.Processes;

namespace WfTeams.Core.Tests.Modelling;

public sealed class BpmnRoundTripTests
{
    public static TheoryData<string> Samples() => [.. ModellingSamples.Names];

    [Theory]
    [MemberData(nameof(Samples))]
    public async Task Export_ImportedAgain_SameTemplate(string name)
    {
        var template = await ModellingSamples.LoadAsync(name);

        var result = BpmnImport.Read(BpmnExport.Write(template), name + ".bpmn");

        Assert.True(result.Ours);
        Assert.Empty(result.Notices);
        Assert.Equal(TemplateJson.Serialize(template), TemplateJson.Serialize(result.Template));
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public async Task Export_ImportExportAgain_ByteStable(string name)
    {
        var template = await ModellingSamples.LoadAsync(name);
        var first = BpmnExport.Write(template);

        var second = BpmnExport.Write(BpmnImport.Read(first, name + ".bpmn").Template);

        Assert.Equal(Encoding.UTF8.GetString(first), Encoding.UTF8.GetString(second));
    }

    [Fact]
    public async Task Export_Sample_OneUserTaskPerStepWithTitleAndDescription()
    {
        var template = await ModellingSamples.LoadAsync("ansiedlung");

        var document = XDocument.Parse(Encoding.UTF8.GetString(BpmnExport.Write(template)));

        var tasks = document.Descendants(BpmnNames.Bpmn + "userTask").ToList();
        Assert.Equal(template.Steps.Select(s => s.Title), tasks.Select(t => (string?)t.Attribute("name")));
        Assert.Equal(template.Steps.Select(s => s.Description ?? ""), tasks.Select(t => t.Element(BpmnNames.Bpmn + "documentation")?.Value ?? ""));
        var decisions = template.Steps.Where(s => s.Decision is not null).ToList();
        Assert.Equal(decisions.Select(s => s.Decision!.Question), document.Descendants(BpmnNames.Bpmn + "exclusiveGateway")
            .Where(g => ((string?)g.Attribute("id"))!.StartsWith("Gateway_", StringComparison.Ordinal)).Select(g => (string?)g.Attribute("name")));
        Assert.Equal(template.Steps.Select(s => s.Responsible).Distinct(), document.Descendants(BpmnNames.Bpmn + "lane").Select(l => (string?)l.Attribute("name")));
    }

    [Fact]
    public async Task Export_RenamedTaskInAnotherTool_NameWinsOverExtension()
    {
        var template = await ModellingSamples.LoadAsync("ansiedlung");
        var document = XDocument.Parse(Encoding.UTF8.GetString(BpmnExport.Write(template)));
        document.Descendants(BpmnNames.Bpmn + "userTask").First().SetAttributeValue("name", "Anfrage annehmen");

        var result = BpmnImport.Read(Encoding.UTF8.GetBytes(document.ToString()), "edited.bpmn");

        Assert.Equal("Anfrage annehmen", result.Template.Steps[0].Title);
        Assert.Equal(template.Steps[0].Checklist.Count, result.Template.Steps[0].Checklist.Count);
    }

    [Fact]
    public async Task Export_ControlCharactersAndBrokenSurrogates_ReadableXmlRefusedOnImportByTheTemplateRules()
    {
        // The hostile template is built in code and breaks the format's rules; its export must still be XML.
        var template = await ModellingSamples.LoadAsync("hostile");

        var bytes = BpmnExport.Write(template);

        Assert.Contains(XDocument.Parse(Encoding.UTF8.GetString(bytes)).Descendants(BpmnNames.Bpmn + "userTask"), t => ((string?)t.Attribute("name"))!.Length > 0);
        var refused = Assert.Throws<InvalidTemplateException>(() => BpmnImport.Read(bytes, "hostile.bpmn"));
        Assert.Contains(refused.Errors, e => e.Path.StartsWith("Process_", StringComparison.Ordinal));
    }
}
