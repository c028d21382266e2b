using System.Xml.Linq;

namespace WfTeams.Core.Modelling;

/// <summary>Each element's lane (nested lane sets included); inside a sub-process without lanes of its own, the sub-process's.</summary>
internal static class BpmnLanes
{
    private static readonly XNamespace Bpmn = BpmnNames.Bpmn;

    public static void Assign(BpmnGraph graph, XElement process)
    {
        void Walk(XElement laneSet)
        {
            foreach (var lane in laneSet.Elements(Bpmn + "lane"))
            {
                var name = BpmnElements.NameOf(lane);
                foreach (var reference in lane.Elements(Bpmn + "flowNodeRef"))
                {
                    if (graph.Nodes.TryGetValue(reference.Value.Trim(), out var node) && name is not null)
                    {
                        node.Lane = name;
                    }
                }

                foreach (var child in lane.Elements(Bpmn + "childLaneSet"))
                {
                    Walk(child);
                }
            }
        }

        foreach (var laneSet in process.Elements(Bpmn + "laneSet"))
        {
            Walk(laneSet);
        }

        foreach (var node in graph.Nodes.Values.Where(n => n.Lane is null && n.Parent is not null))
        {
            var parent = node.Parent;
            while (parent is not null && graph.Nodes[parent].Lane is null)
            {
                parent = graph.Nodes[parent].Parent;
            }

            node.Lane = parent is null ? null : graph.Nodes[parent].Lane;
        }
    }
}
