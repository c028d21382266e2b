using WfTeams.Core.Processes;

namespace WfTeams.Core.Modelling;

/// <summary>
/// A BPMN 2.0 process (ours, or from Camunda, Signavio, ADONIS, bpmn.io) as a template: tasks of any type become
/// steps, exclusive gateways decisions (a gateway right after a task is that step's decision, any other splitting
/// gateway a decision step of its own, merging gateways and intermediate events are passed through), lanes or
/// performers the responsible role, documentation the description. What a template cannot hold is approximated
/// (a sub-process flattened, a parallel split done one branch after the other) or refused, and every such element
/// is reported by id and name. Our own export comes back exactly: its <c>wf:</c> extensions carry the rest.
/// Either a complete, valid template or <see cref="InvalidTemplateException"/> with every error; nothing half.
/// </summary>
public static class BpmnImport
{
    /// <summary>A BPMN file larger than this is refused before it is parsed (diagrams make files large).</summary>
    public const int MaxBytes = 16 * 1024 * 1024;

    /// <param name="source">Names the file in errors.</param>
    /// <param name="processId">The process to import when the file has several.</param>
    public static BpmnImportResult Read(ReadOnlyMemory<byte> bytes, string source, string? processId = null)
    {
        var findings = new BpmnFindings(source);
        var definitions = BpmnFile.Definitions(bytes, findings) ?? throw findings.Refuse();
        var process = BpmnFile.ChooseProcess(definitions, processId, findings) ?? throw findings.Refuse();
        BpmnFile.ReportOthers(definitions, process, findings);
        var graph = BpmnGraph.Read(process, findings);
        if (findings.Failed)
        {
            throw findings.Refuse();
        }

        ParallelSplits.Serialise(graph, findings);
        var built = BpmnSteps.Build(graph, process, findings);
        var template = built is not { } steps ? null : BpmnProfile.Build(definitions, process, graph, steps.Steps, findings);
        template = template is null ? null : BpmnTemplateCheck.Check(template, built!.Value.Order, graph, findings);
        if (findings.Failed || template is null)
        {
            throw findings.Refuse();
        }

        return new BpmnImportResult(template, findings.Notices, Ours: process.Element(BpmnNames.Bpmn + "extensionElements")?.Element(BpmnNames.Wf + "template") is not null);
    }
}
