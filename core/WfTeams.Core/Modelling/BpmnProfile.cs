using System.Text;
using System.Xml.Linq;
using WfTeams.Core.Processes;
using WfTeams.Core.Resources;

namespace WfTeams.Core.Modelling;

/// <summary>
/// The template around the steps: from our <c>wf:template</c> extension where the file has it (name and goal as the
/// file says); from another tool's process the name, the goal from its documentation, the trigger from the start
/// event, the result from the end events, and what BPMN lacks ("Aus BPMN übernommen – bitte ergänzen") reported.
/// </summary>
internal static class BpmnProfile
{
    private static readonly XNamespace Bpmn = BpmnNames.Bpmn;

    public static ProcessTemplate? Build(XElement definitions, XElement process, BpmnGraph graph, List<ProcessStep> steps, BpmnFindings findings)
    {
        ProcessTemplate? own = null;
        if (process.Element(Bpmn + "extensionElements")?.Element(BpmnNames.Wf + "template") is { } ours)
        {
            var (parsed, errors) = TemplateJson.Parse(Encoding.UTF8.GetBytes(ours.Value));
            if (parsed is null)
            {
                findings.Error(BpmnElements.IdOf(process), BpmnElements.NameOf(process), "BpmnExtensionUnreadable", "wf:template", string.Join("; ", errors.Select(e => e.ToString())));
                return null;
            }

            own = parsed;
        }

        var participant = definitions.Elements(Bpmn + "collaboration").Elements(Bpmn + "participant")
            .FirstOrDefault(p => (string?)p.Attribute("processRef") == BpmnElements.IdOf(process));
        var name = BpmnElements.NameOf(process) ?? (participant is null ? null : BpmnElements.NameOf(participant)) ?? own?.Name ?? BpmnElements.IdOf(process);
        var goal = BpmnElements.Documentation(process) ?? own?.Goal;
        if (own is not null)
        {
            return own with { Name = name, Goal = goal ?? own.Goal, Steps = steps };
        }

        var missing = Messages.Format("BpmnToComplete", null);
        findings.Notices.Add(new BpmnNotice(BpmnElements.IdOf(process), name, "BpmnProfileToComplete"));
        var ends = string.Join("; ", graph.Nodes.Values.Where(n => n.Kind == BpmnNodeKind.End && n.Parent is null && !string.IsNullOrWhiteSpace(n.Name)).Select(n => n.Name).Distinct());
        var trigger = graph.Nodes.Values.FirstOrDefault(n => n.Kind == BpmnNodeKind.Start && n.Parent is null)?.Name;
        return new ProcessTemplate
        {
            Id = BpmnIds.Slug(BpmnElements.NameOf(process) ?? BpmnElements.IdOf(process), "prozess"),
            Version = 1,
            Status = TemplateStatus.Draft,
            Name = name,
            Owner = missing,
            Goal = goal ?? missing,
            Trigger = string.IsNullOrWhiteSpace(trigger) ? missing : trigger,
            Result = ends.Length == 0 ? missing : ends,
            Steps = steps,
        };
    }
}
