using System.Xml.Linq;

namespace WfTeams.Core.Modelling;

/// <summary>
/// The imported process as a graph: its flow elements by id (those of sub-processes flattened in, named by their
/// parent), connected by their sequence flows, with their lanes. What is not part of a template's flow is
/// reported and left out as it is read.
/// </summary>
internal sealed class BpmnGraph
{
    private static readonly XNamespace Bpmn = BpmnNames.Bpmn;

    private static readonly HashSet<string> TaskTypes =
        ["task", "userTask", "manualTask", "serviceTask", "scriptTask", "sendTask", "receiveTask", "businessRuleTask", "callActivity"];

    private static readonly HashSet<string> SubProcessTypes = ["subProcess", "transaction", "adHocSubProcess"];

    private readonly List<BpmnFlow> _flows = [];

    private BpmnGraph()
    {
    }

    public Dictionary<string, BpmnNode> Nodes { get; } = new(StringComparer.Ordinal);

    /// <summary>The last task of a serialised parallel branch → the element it continues with (see <see cref="ParallelSplits"/>).</summary>
    public Dictionary<string, string> Serialised { get; } = new(StringComparer.Ordinal);

    /// <summary>A serialised parallel split → where its first branch begins.</summary>
    public Dictionary<string, string?> ForkEntry { get; } = new(StringComparer.Ordinal);

    public static BpmnGraph Read(XElement process, BpmnFindings findings)
    {
        var graph = new BpmnGraph();
        graph.Collect(process, parent: null, findings);
        BpmnLanes.Assign(graph, process);
        graph.Connect(findings);
        return graph;
    }

    private void Collect(XElement container, string? parent, BpmnFindings findings)
    {
        foreach (var element in container.Elements())
        {
            if (element.Name.Namespace != Bpmn)
            {
                continue;
            }

            var local = element.Name.LocalName;
            if (BpmnFile.NotFlow.Contains(local))
            {
                if (local == "sequenceFlow")
                {
                    _flows.Add(new BpmnFlow(BpmnElements.IdOf(element), BpmnElements.NameOf(element), (string?)element.Attribute("sourceRef") ?? "", (string?)element.Attribute("targetRef") ?? "", element));
                }

                continue;
            }

            BpmnNodeKind? kind = local switch
            {
                _ when TaskTypes.Contains(local) => BpmnNodeKind.Task,
                "startEvent" => BpmnNodeKind.Start,
                "endEvent" => BpmnNodeKind.End,
                "exclusiveGateway" => BpmnNodeKind.Exclusive,
                "inclusiveGateway" => BpmnNodeKind.Inclusive,
                "parallelGateway" => BpmnNodeKind.Parallel,
                "eventBasedGateway" => BpmnNodeKind.EventBased,
                "complexGateway" => BpmnNodeKind.Complex,
                "intermediateCatchEvent" or "intermediateThrowEvent" => BpmnNodeKind.Intermediate,
                "boundaryEvent" => BpmnNodeKind.Boundary,
                _ when SubProcessTypes.Contains(local) => BpmnNodeKind.SubProcess,
                _ => null,
            };
            if (kind is null)
            {
                findings.Notice(element, "BpmnIgnored", local);
                continue;
            }

            if (kind == BpmnNodeKind.SubProcess && (string?)element.Attribute("triggeredByEvent") == "true")
            {
                findings.Notice(element, "BpmnEventSubProcessDropped");
                continue;
            }

            var node = new BpmnNode(BpmnElements.IdOf(element), BpmnElements.NameOf(element), kind.Value, element, parent);
            if (!Nodes.TryAdd(node.Id, node))
            {
                findings.Error(node.Id, node.Name, "BpmnDuplicateId", node.Id);
                continue;
            }

            switch (kind)
            {
                case BpmnNodeKind.SubProcess:
                    findings.Notice(node, "BpmnSubProcessFlattened");
                    Collect(element, node.Id, findings);
                    break;
                case BpmnNodeKind.Intermediate:
                    findings.Notice(node, "BpmnEventPassed", BpmnElements.EventType(element));
                    break;
                case BpmnNodeKind.Boundary:
                    findings.Notice(node, "BpmnBoundaryDropped", BpmnElements.EventType(element));
                    break;
                case BpmnNodeKind.Start or BpmnNodeKind.End when BpmnElements.EventType(element) is { Length: > 0 } type:
                    findings.Notice(node, "BpmnEventTypeIgnored", type);
                    break;
                case BpmnNodeKind.Task when local == "callActivity":
                    findings.Notice(node, "BpmnCallActivity");
                    break;
                case BpmnNodeKind.Inclusive:
                    findings.Notice(node, "BpmnInclusiveAsDecision");
                    break;
                case BpmnNodeKind.EventBased or BpmnNodeKind.Complex:
                    findings.Notice(node, "BpmnGatewayAsDecision", local);
                    break;
            }
        }
    }

    private void Connect(BpmnFindings findings)
    {
        foreach (var flow in _flows)
        {
            if (!Nodes.TryGetValue(flow.Source, out var from))
            {
                findings.Error(flow.Id, flow.Name, "BpmnFlowNowhere", "sourceRef", flow.Source);
                continue;
            }

            if (!Nodes.TryGetValue(flow.Target, out var to))
            {
                findings.Error(flow.Id, flow.Name, "BpmnFlowNowhere", "targetRef", flow.Target);
                continue;
            }

            if (from.Kind == BpmnNodeKind.Boundary)
            {
                continue; // reported with its boundary event
            }

            from.Out.Add(flow);
            to.In.Add(flow);
        }
    }
}
