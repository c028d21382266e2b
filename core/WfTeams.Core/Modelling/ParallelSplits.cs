namespace WfTeams.Core.Modelling;

/// <summary>
/// A parallel split whose branches are plain task sequences meeting in one join is done one branch after the
/// other (reported); any other parallel split is refused, naming the gateway.
/// </summary>
internal static class ParallelSplits
{
    public static void Serialise(BpmnGraph graph, BpmnFindings findings)
    {
        var nodes = graph.Nodes;
        foreach (var fork in nodes.Values.Where(n => n.Kind == BpmnNodeKind.Parallel && n.Out.Count > 1).ToList())
        {
            BpmnNode? join = null;
            var branches = new List<List<BpmnNode>>();
            var simple = true;
            foreach (var flow in fork.Out)
            {
                var branch = new List<BpmnNode>();
                var current = nodes[flow.Target];
                var guard = 0;
                while (guard++ < nodes.Count)
                {
                    if (current.Kind == BpmnNodeKind.Task && current.Out.Count == 1)
                    {
                        branch.Add(current);
                    }
                    else if (current.Kind == BpmnNodeKind.Parallel && current.Out.Count <= 1)
                    {
                        break;
                    }
                    else if (!(current.Kind == BpmnNodeKind.Intermediate && current.Out.Count == 1))
                    {
                        simple = false;
                        break;
                    }

                    current = nodes[current.Out[0].Target];
                }

                if (!simple || current.Kind != BpmnNodeKind.Parallel || (join is not null && join != current))
                {
                    simple = false;
                    break;
                }

                join = current;
                branches.Add(branch);
            }

            if (!simple || join is null)
            {
                findings.Error(fork.Id, fork.Name, "BpmnParallelRefused");
                continue;
            }

            var sequence = branches.Where(b => b.Count > 0).ToList();
            graph.ForkEntry[fork.Id] = sequence.Count == 0 ? join.Id : sequence[0][0].Id;
            for (var i = 0; i < sequence.Count; i++)
            {
                graph.Serialised[sequence[i][^1].Id] = i + 1 < sequence.Count ? sequence[i + 1][0].Id : join.Id;
            }

            findings.Notice(fork, "BpmnParallelSerialised", branches.Count, BpmnFindings.Label(join.Id, join.Name));
        }
    }
}
