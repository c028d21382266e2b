using System.Text;
using WfTeams.Core.Modelling;
using WfTeams.Core.Processes;

namespace WfTeams.Core.Tests.Modelling;

public sealed class BpmnImportTests
{
    private static BpmnImportResult Fixture(string name, string? process = null) =>
        BpmnImport.Read(File.ReadAllBytes(ModellingSamples.Fixture(name)), name, process);

    private static ProcessStep Step(ProcessTemplate template, string title) => Assert.Single(template.Steps, s => s.Title == title);

    /// <summary>Where a step leads: the steps and ends its decision, next or position name.</summary>
    private static string[] Successors(ProcessTemplate template, ProcessStep step)
    {
        if (step.Decision is { } decision)
        {
            return [.. decision.Options.Select(o => $"{o.Label}→{(o.End ? "end" : Title(template, o.Next!))}")];
        }

        var index = template.Steps.ToList().IndexOf(step);
        return step.Next is { } next ? [Title(template, next)]
            : step.End || index == template.Steps.Count - 1 ? ["end"]
            : [template.Steps[index + 1].Title];
    }

    private static string Title(ProcessTemplate template, string id) => template.Steps.Single(s => s.Id == id).Title;

    [Fact]
    public void Import_CamundaLikeFile_StepsDecisionsLanesAndTheFlowResolved()
    {
        var result = Fixture("camunda-foerderantrag.bpmn");
        var template = result.Template;

        Assert.False(result.Ours);
        Assert.Equal("Förderantrag begleiten", template.Name);
        Assert.Equal("Unternehmen erhalten eine verlässliche Förderberatung.", template.Goal);
        Assert.Equal("Förderfähigkeit prüfen", template.Steps[0].Title);
        Assert.Equal("Vorhaben, Unternehmensgröße und Standort gegen die Förderrichtlinien prüfen.", template.Steps[0].Description);
        Assert.Equal(8, template.Steps.Count);
        // A gateway right after a task is the task's decision; the chained one becomes a decision step of its own.
        Assert.Equal(["ja→Welches Programm?", "nein→end"], Successors(template, template.Steps[0]));
        Assert.Equal(["Land→Landesprogramm beantragen", "${programm == 'bund'}→Bundesprogramm beantragen"], Successors(template, Step(template, "Welches Programm?")));
        // Merge passed through, the parallel split done one branch after the other, the timer passed, the sub-process flattened.
        Assert.Equal(["Unterlagen vervollständigen"], Successors(template, Step(template, "Landesprogramm beantragen")));
        Assert.Equal(["Unterlagen vervollständigen"], Successors(template, Step(template, "Bundesprogramm beantragen")));
        Assert.Equal(["Stellungnahme schreiben"], Successors(template, Step(template, "Unterlagen vervollständigen")));
        Assert.Equal(["Mittel abrufen"], Successors(template, Step(template, "Stellungnahme schreiben")));
        Assert.Equal(["Verwendungsnachweis erstellen"], Successors(template, Step(template, "Mittel abrufen")));
        Assert.Equal(["end"], Successors(template, Step(template, "Verwendungsnachweis erstellen")));
        Assert.Equal("Fördermittelberatung", Step(template, "Landesprogramm beantragen").Responsible);
        Assert.Equal("Leitung Wirtschaftsförderung", Step(template, "Stellungnahme schreiben").Responsible);
        Assert.Equal("Leitung Wirtschaftsförderung", Step(template, "Mittel abrufen").Responsible);
        Assert.Equal("Anfrage eingegangen", template.Trigger);
        Assert.Equal(TemplateStatus.Draft, template.Status);
    }

    [Fact]
    public void Import_CamundaLikeFile_EveryApproximatedElementReportedByIdAndName()
    {
        var notices = Fixture("camunda-foerderantrag.bpmn").Notices;

        string Key(string id) => Assert.Single(notices, n => n.ElementId == id).MessageKey;
        Assert.Equal("BpmnOtherPool", Key("Participant_1unternehmen"));
        Assert.Equal("BpmnMessageFlow", Key("MessageFlow_0antrag"));
        Assert.Equal("BpmnEventTypeIgnored", Key("StartEvent_1"));
        Assert.Equal("BpmnGatewayAsStep", Key("Gateway_1programm"));
        Assert.Equal("BpmnParallelSerialised", Key("Gateway_3fork"));
        Assert.Equal("BpmnEventPassed", Key("Event_1warten"));
        Assert.Equal("BpmnSubProcessFlattened", Key("Activity_5bewilligung"));
        Assert.Equal("BpmnIgnored", Key("TextAnnotation_0note"));
        Assert.Equal("BpmnIgnored", Key("Association_0x"));
        Assert.Equal("BpmnAnswerNamed", Key("Flow_bund"));
        Assert.Equal("Bewilligung umsetzen", notices.Single(n => n.ElementId == "Activity_5bewilligung").ElementName);
        Assert.Contains("Gateway_4join", notices.Single(n => n.ElementId == "Gateway_3fork").Message(), StringComparison.Ordinal);
    }

    [Fact]
    public void Import_SignavioLikeFile_GatewayChainAfterTaskAndLoopBack()
    {
        var result = Fixture("signavio-bestandspflege.bpmn");
        var template = result.Template;

        Assert.Equal(["Besuch vorbereiten", "Unternehmen besuchen", "Sofort lösbar?", "Besuchsbericht erfassen"], template.Steps.Select(s => s.Title));
        Assert.Equal("sid-t1", template.Steps[0].Id);
        Assert.Equal("CRM-Historie lesen, Gesprächsleitfaden anpassen.", template.Steps[0].Description);
        Assert.Equal("Anliegen erkannt?", Step(template, "Unternehmen besuchen").Decision!.Question);
        Assert.Equal(["ja→Sofort lösbar?", "nein→Besuchsbericht erfassen"], Successors(template, Step(template, "Unternehmen besuchen")));
        Assert.Equal(["nein, nachfassen→Besuch vorbereiten", "ja→Besuchsbericht erfassen"], Successors(template, Step(template, "Sofort lösbar?")));
        Assert.All(template.Steps, s => Assert.Equal("Bestandskundenbetreuer/in", s.Responsible));
        Assert.Contains(result.Notices, n => n.ElementId == "sid-DO-1" && n.ElementName == "Besuchsbericht" && n.MessageKey == "BpmnIgnored");
        Assert.Equal("bestandspflege-unternehmensbesuch", template.Id);
    }

    [Fact]
    public void Import_ImportedForeignProcess_ExportsLintableAndReimportsStable()
    {
        var template = Fixture("camunda-foerderantrag.bpmn").Template;

        var exported = BpmnExport.Write(template);
        var again = BpmnImport.Read(exported, "again.bpmn").Template;

        Assert.Equal(TemplateJson.Serialize(template), TemplateJson.Serialize(again));
        File.WriteAllBytes(Path.Combine(ModellingSamples.Artifacts(), "camunda-imported.bpmn"), exported);
    }

    [Fact]
    public void Import_TaskWithPerformerNoLane_PerformerIsResponsible()
    {
        var result = Read("""
            <bpmn:process id="p" name="P">
              <bpmn:startEvent id="s"/>
              <bpmn:userTask id="t" name="Prüfen"><bpmn:humanPerformer><bpmn:resourceAssignmentExpression><bpmn:formalExpression>Sachbearbeitung</bpmn:formalExpression></bpmn:resourceAssignmentExpression></bpmn:humanPerformer></bpmn:userTask>
              <bpmn:task id="u" name="Ablegen"/>
              <bpmn:sequenceFlow id="f1" sourceRef="s" targetRef="t"/>
              <bpmn:sequenceFlow id="f2" sourceRef="t" targetRef="u"/>
            </bpmn:process>
            """);

        Assert.Equal("Sachbearbeitung", result.Template.Steps[0].Responsible);
        Assert.Equal("Nicht festgelegt", result.Template.Steps[1].Responsible);
        Assert.Contains(result.Notices, n => n.ElementId == "u" && n.MessageKey == "BpmnResponsibleMissing");
    }

    private static BpmnImportResult Read(string process, string? processId = null) =>
        BpmnImport.Read(Encoding.UTF8.GetBytes(Definitions(process)), "test.bpmn", processId);

    internal static string Definitions(string body) =>
        $"""<?xml version="1.0" encoding="UTF-8"?><bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" id="d" targetNamespace="urn:x">{body}</bpmn:definitions>""";
}
