using System.Text.Json;
using System.Xml.Linq;
using WfTeams.Core.Processes;
using WfTeams.Core.Resources;

namespace WfTeams.Core.Modelling;

/// <summary>
/// The template's steps from the graph: every task, and every splitting gateway no task owns (a decision step of
/// its own); in the order of a walk from the start (ours: the file's order), each with its way on — the next step,
/// the end, or its decision. A step's own fields come back from our <c>wf:step</c> extension.
/// </summary>
internal static class BpmnSteps
{
    private static readonly XNamespace Bpmn = BpmnNames.Bpmn;
    private static readonly XNamespace Wf = BpmnNames.Wf;

    /// <summary>The steps and the graph key of each (same order); null when the flow cannot become steps (the errors are in <paramref name="findings"/>).</summary>
    public static (List<string> Order, List<ProcessStep> Steps)? Build(BpmnGraph graph, XElement process, BpmnFindings findings)
    {
        var nodes = graph.Nodes;
        var paths = new BpmnPaths(graph, findings);
        var starts = nodes.Values.Where(n => n.Kind == BpmnNodeKind.Start && n.Parent is null).ToList();
        if (starts.Count == 0)
        {
            findings.Error(BpmnElements.IdOf(process), BpmnElements.NameOf(process), "BpmnNoStart");
            return null;
        }

        foreach (var extra in starts.Skip(1))
        {
            findings.Notice(extra, "BpmnExtraStart");
        }

        var first = paths.Leave(starts[0], 0);
        if (first is null)
        {
            return null;
        }

        if (first.Value.Step is null)
        {
            findings.Error(starts[0].Id, starts[0].Name, "NoSteps");
            return null;
        }

        var keys = nodes.Values.Where(n => n.Kind == BpmnNodeKind.Task || (BpmnPaths.IsSplit(n) && !paths.OwnedByTask(n))).Select(n => n.Id).ToList();
        var successors = new Dictionary<string, List<(BpmnFlow? Flow, BpmnTarget Target)>>(StringComparer.Ordinal);
        var decisionOf = new Dictionary<string, BpmnNode>(StringComparer.Ordinal);
        foreach (var key in keys)
        {
            var node = nodes[key];
            var ways = new List<(BpmnFlow?, BpmnTarget)>();
            IEnumerable<BpmnFlow> flows;
            if (node.Kind != BpmnNodeKind.Task)
            {
                findings.Notice(node, "BpmnGatewayAsStep");
                decisionOf[key] = node;
                flows = node.Out;
            }
            else if (graph.Serialised.TryGetValue(key, out var following))
            {
                if (paths.Resolve(following) is { } target)
                {
                    ways.Add((null, target));
                }

                flows = [];
            }
            else if (node.Out.Count == 1 && nodes[node.Out[0].Target] is var gateway && paths.OwnedByTask(gateway))
            {
                decisionOf[key] = gateway;
                flows = gateway.Out;
            }
            else
            {
                if (node.Out.Count > 1)
                {
                    findings.Notice(node, "BpmnTaskSplitAsDecision");
                    decisionOf[key] = node;
                }

                flows = node.Out;
            }

            foreach (var flow in flows)
            {
                if (paths.Resolve(flow.Target) is { } target)
                {
                    ways.Add((flow, target));
                }
            }

            successors[key] = ways;
        }

        if (findings.Failed)
        {
            return null;
        }

        var ours = process.Element(Bpmn + "extensionElements")?.Element(Wf + "template") is not null;
        var order = ours ? keys : Preorder(first.Value.Step!, keys, successors);
        order.Remove(first.Value.Step!);
        order.Insert(0, first.Value.Step!);

        var stepIds = new Dictionary<string, string>(StringComparer.Ordinal);
        var extensions = new Dictionary<string, ProcessStep?>(StringComparer.Ordinal);
        var taken = new HashSet<string>(StringComparer.Ordinal);
        foreach (var key in order)
        {
            var extension = ReadStep(nodes[key], findings);
            extensions[key] = extension;
            stepIds[key] = extension?.Id is { } own && taken.Add(own) ? own : BpmnIds.Unique(BpmnIds.Slug(key, "step"), taken);
        }

        var steps = new List<ProcessStep>();
        for (var i = 0; i < order.Count; i++)
        {
            steps.Add(Step(nodes, i, order, stepIds, extensions[order[i]], successors[order[i]], decisionOf.GetValueOrDefault(order[i]), findings));
        }

        return (order, steps);
    }

    /// <summary>The keys in the order a depth-first walk from the first step meets them (answers in their order), the unreachable ones last.</summary>
    private static List<string> Preorder(string first, List<string> keys, Dictionary<string, List<(BpmnFlow? Flow, BpmnTarget Target)>> successors)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var order = new List<string>();
        var stack = new Stack<string>([first]);
        while (stack.TryPop(out var key))
        {
            if (!seen.Add(key))
            {
                continue;
            }

            order.Add(key);
            foreach (var (_, target) in Enumerable.Reverse(successors[key]))
            {
                if (target.Step is { } next && !seen.Contains(next))
                {
                    stack.Push(next);
                }
            }
        }

        order.AddRange(keys.Where(k => !seen.Contains(k)));
        return order;
    }

    private static ProcessStep? ReadStep(BpmnNode node, BpmnFindings findings)
    {
        var json = node.Element.Element(Bpmn + "extensionElements")?.Element(Wf + "step")?.Value;
        if (json is null)
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize<ProcessStep>(json, TemplateJson.Options);
        }
        catch (JsonException ex)
        {
            findings.Error(node.Id, node.Name, "BpmnExtensionUnreadable", "wf:step", ex.Message);
            return null;
        }
    }

    private static ProcessStep Step(
        Dictionary<string, BpmnNode> nodes, int index, List<string> order, Dictionary<string, string> stepIds, ProcessStep? extension,
        List<(BpmnFlow? Flow, BpmnTarget Target)> ways, BpmnNode? decisionNode, BpmnFindings findings)
    {
        var key = order[index];
        var node = nodes[key];
        var title = node.Name;
        if (string.IsNullOrWhiteSpace(title))
        {
            title = node.Kind == BpmnNodeKind.Task ? null : Messages.Format("BpmnDecisionTitle", null);
            if (title is null)
            {
                findings.Error(node.Id, null, "BpmnTaskWithoutName");
                title = node.Id;
            }
        }

        var responsible = node.Lane ?? BpmnElements.Performer(node.Element) ?? extension?.Responsible;
        if (responsible is null)
        {
            responsible = Messages.Format("BpmnNoResponsible", null);
            findings.Notice(node, "BpmnResponsibleMissing", responsible);
        }

        var step = (extension ?? new ProcessStep { Id = stepIds[key], Title = title, Responsible = responsible }) with
        {
            Id = stepIds[key],
            Title = title,
            Description = BpmnElements.Documentation(node.Element),
            Responsible = responsible,
            Decision = null,
            Next = null,
            End = false,
        };

        if (decisionNode is not null)
        {
            return step with { Decision = BpmnDecisions.Build(nodes, decisionNode, ways, stepIds, findings) };
        }

        var target = ways.Count == 0 ? new BpmnTarget(null) : ways[0].Target;
        var last = index == order.Count - 1;
        if (target.Step is null)
        {
            return step with { End = !last || extension?.End == true };
        }

        var following = !last && order[index + 1] == target.Step;
        return step with { Next = following && extension?.Next != stepIds[target.Step] ? null : stepIds[target.Step] };
    }
}
