namespace WfTeams.Core.Modelling;

/// <summary>
/// Where the ways through the graph lead, past what a template has no place for: merging gateways, intermediate
/// events, sub-process borders and serialised parallel splits are passed through to the next step or the end.
/// </summary>
internal sealed class BpmnPaths(BpmnGraph graph, BpmnFindings findings)
{
    private Dictionary<string, BpmnNode> Nodes => graph.Nodes;

    public static bool IsSplit(BpmnNode node) =>
        node.Kind is BpmnNodeKind.Exclusive or BpmnNodeKind.Inclusive or BpmnNodeKind.EventBased or BpmnNodeKind.Complex && node.Out.Count > 1;

    /// <summary>A splitting gateway reached only from one task that leads nowhere else: that task's decision.</summary>
    public bool OwnedByTask(BpmnNode gateway) =>
        IsSplit(gateway) && gateway.In.Count == 1 && Nodes[gateway.In[0].Source] is { Kind: BpmnNodeKind.Task, Out.Count: 1 } task && !graph.Serialised.ContainsKey(task.Id);

    public BpmnTarget? Resolve(string id, int depth = 0)
    {
        var node = Nodes[id];
        if (depth > Nodes.Count)
        {
            findings.Error(node.Id, node.Name, "BpmnPassCycle");
            return null;
        }

        switch (node.Kind)
        {
            case BpmnNodeKind.Task:
                return new BpmnTarget(node.Id);
            case BpmnNodeKind.End when node.Parent is null:
                return new BpmnTarget(null);
            case BpmnNodeKind.End:
                return Leave(Nodes[node.Parent!], depth);
            case BpmnNodeKind.SubProcess:
                var start = Nodes.Values.FirstOrDefault(n => n.Parent == node.Id && n.Kind == BpmnNodeKind.Start)
                    ?? Nodes.Values.FirstOrDefault(n => n.Parent == node.Id && n.In.Count == 0 && n.Kind != BpmnNodeKind.Boundary);
                if (start is null)
                {
                    return Leave(node, depth);
                }

                return start.Kind == BpmnNodeKind.Start ? Leave(start, depth) : Resolve(start.Id, depth + 1);
            case BpmnNodeKind.Parallel when node.Out.Count > 1:
                return graph.ForkEntry.TryGetValue(node.Id, out var entry) && entry is not null ? Resolve(entry, depth + 1) : null;
            case BpmnNodeKind.Exclusive or BpmnNodeKind.Inclusive or BpmnNodeKind.EventBased or BpmnNodeKind.Complex when node.Out.Count > 1:
                return new BpmnTarget(node.Id);
            default:
                return Leave(node, depth);
        }
    }

    /// <summary>Where the single way out of a pass-through element leads; no way out ends the process.</summary>
    public BpmnTarget? Leave(BpmnNode node, int depth)
    {
        if (node.Out.Count == 0)
        {
            return node.Parent is not null && node.Kind is BpmnNodeKind.Start or BpmnNodeKind.Intermediate ? Leave(Nodes[node.Parent], depth + 1) : new BpmnTarget(null);
        }

        if (node.Out.Count > 1)
        {
            findings.Error(node.Id, node.Name, "BpmnSplitNotSupported");
            return null;
        }

        return Resolve(node.Out[0].Target, depth + 1);
    }
}
