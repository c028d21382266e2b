using System.Text;
using WfTeams.Core.Modelling;
using WfTeams.Core.Processes;

namespace WfTeams.Core.Tests.Modelling;

/// <summary>Every bad input is refused with errors naming the BPMN element (id and name); nothing comes back half.</summary>
public sealed class BpmnBadInputTests
{
    private const string Simple = """
        <bpmn:startEvent id="s"/>
        <bpmn:task id="t" name="Prüfen"/>
        <bpmn:sequenceFlow id="f1" sourceRef="s" targetRef="t"/>
        """;

    private static InvalidTemplateException Refused(string xml, string? process = null) =>
        Assert.Throws<InvalidTemplateException>(() => BpmnImport.Read(Encoding.UTF8.GetBytes(xml), "bad.bpmn", process));

    private static InvalidTemplateException RefusedProcess(string body, string? process = null) =>
        Refused(BpmnImportTests.Definitions(body), process);

    [Fact]
    public void Import_NotXml_RefusedWithLine()
    {
        var error = Assert.Single(Refused("{\"id\": \"json\"}").Errors);

        Assert.Equal("BpmnNotXml", error.MessageKey);
        Assert.Equal("xml", error.Path);
    }

    [Fact]
    public void Import_EntityExpansionBomb_RefusedBeforeExpanding()
    {
        var bomb = """
            <?xml version="1.0"?>
            <!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;"><!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>
            <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"><bpmn:process id="p"><bpmn:task id="t" name="&lol3;"/></bpmn:process></bpmn:definitions>
            """;

        Assert.Equal("BpmnDtdRefused", Assert.Single(Refused(bomb).Errors).MessageKey);
    }

    [Fact]
    public void Import_ExternalEntity_Refused()
    {
        var xxe = """<?xml version="1.0"?><!DOCTYPE d [<!ENTITY x SYSTEM "file:///etc/passwd">]><bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL">&x;</bpmn:definitions>""";

        Assert.Equal("BpmnDtdRefused", Assert.Single(Refused(xxe).Errors).MessageKey);
    }

    [Fact]
    public void Import_OtherXml_RefusedNamingTheRoot()
    {
        var error = Assert.Single(Refused("<svg xmlns=\"http://www.w3.org/2000/svg\"/>").Errors);

        Assert.Equal("BpmnNotBpmn", error.MessageKey);
        Assert.Equal("svg", error.Args[0]);
    }

    [Fact]
    public void Import_NoProcess_Refused()
    {
        Assert.Equal("BpmnNoProcess", Assert.Single(RefusedProcess("<bpmn:collaboration id=\"c\"/>").Errors).MessageKey);
    }

    [Fact]
    public void Import_SeveralProcesses_RefusedNamingEach_ChosenOneImported()
    {
        var body = $"""<bpmn:process id="p1" name="Erster">{Simple}</bpmn:process><bpmn:process id="p2" name="Zweiter">{Simple}</bpmn:process>""";

        var error = Assert.Single(RefusedProcess(body).Errors);
        var chosen = BpmnImport.Read(Encoding.UTF8.GetBytes(BpmnImportTests.Definitions(body)), "two.bpmn", "p2");

        Assert.Equal("BpmnSeveralProcesses", error.MessageKey);
        Assert.Contains("p1 „Erster“", error.Message(), StringComparison.Ordinal);
        Assert.Contains("p2 „Zweiter“", error.Message(), StringComparison.Ordinal);
        Assert.Equal("Zweiter", chosen.Template.Name);
        Assert.Contains(chosen.Notices, n => n.ElementId == "p1" && n.MessageKey == "BpmnOtherProcess");
        Assert.Equal("BpmnProcessNotFound", Assert.Single(RefusedProcess(body, "p3").Errors).MessageKey);
    }

    [Fact]
    public void Import_FlowLeadingNowhere_RefusedNamingTheFlow()
    {
        var error = Assert.Single(RefusedProcess($"""<bpmn:process id="p">{Simple}<bpmn:sequenceFlow id="f9" name="weiter" sourceRef="t" targetRef="gone"/></bpmn:process>""").Errors);

        Assert.Equal("BpmnFlowNowhere", error.MessageKey);
        Assert.Equal("f9 „weiter“", error.Path);
        Assert.Equal("gone", error.Args[1]);
    }

    [Fact]
    public void Import_TaskNameOverTheLimit_RefusedNamingTheTask()
    {
        var name = new string('x', TemplateLimits.ShortText + 1);

        var errors = RefusedProcess($"""<bpmn:process id="p"><bpmn:startEvent id="s"/><bpmn:task id="Task_long" name="{name}"/><bpmn:sequenceFlow id="f1" sourceRef="s" targetRef="Task_long"/></bpmn:process>""").Errors;

        var error = Assert.Single(errors);
        Assert.StartsWith("Task_long „xxx", error.Path, StringComparison.Ordinal);
        Assert.EndsWith("$.steps[0].title", error.Path, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_ParallelBranchesNotMeeting_RefusedNamingTheGateway()
    {
        var body = """
            <bpmn:process id="p"><bpmn:startEvent id="s"/><bpmn:parallelGateway id="fork" name="Zugleich"/>
            <bpmn:task id="a" name="A"/><bpmn:task id="b" name="B"/><bpmn:endEvent id="e1"/><bpmn:endEvent id="e2"/>
            <bpmn:sequenceFlow id="f1" sourceRef="s" targetRef="fork"/><bpmn:sequenceFlow id="f2" sourceRef="fork" targetRef="a"/>
            <bpmn:sequenceFlow id="f3" sourceRef="fork" targetRef="b"/><bpmn:sequenceFlow id="f4" sourceRef="a" targetRef="e1"/><bpmn:sequenceFlow id="f5" sourceRef="b" targetRef="e2"/>
            </bpmn:process>
            """;

        var error = Assert.Single(RefusedProcess(body).Errors);

        Assert.Equal("BpmnParallelRefused", error.MessageKey);
        Assert.Equal("fork „Zugleich“", error.Path);
    }

    [Fact]
    public void Import_NoStartEvent_Refused()
    {
        Assert.Equal("BpmnNoStart", Assert.Single(RefusedProcess("""<bpmn:process id="p"><bpmn:task id="t" name="T"/></bpmn:process>""").Errors).MessageKey);
    }

    [Fact]
    public void Import_UnreachableTask_RefusedNamingTheTask()
    {
        var error = Assert.Single(RefusedProcess($"""<bpmn:process id="p">{Simple}<bpmn:task id="lost" name="Vergessen"/></bpmn:process>""").Errors);

        Assert.Equal("Unreachable", error.MessageKey);
        Assert.StartsWith("lost „Vergessen“", error.Path, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_OverTheSizeLimit_RefusedUnread()
    {
        var error = Assert.Single(Assert.Throws<InvalidTemplateException>(() => BpmnImport.Read(new byte[BpmnImport.MaxBytes + 1], "big.bpmn")).Errors);

        Assert.Equal("FileTooLarge", error.MessageKey);
    }
}
