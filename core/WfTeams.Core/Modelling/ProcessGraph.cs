using System.Globalization;
using WfTeams.Core.Processes;
using WfTeams.Core.Resources;

namespace WfTeams.Core.Modelling;

/// <summary>
/// A valid template's flow as BPMN sees it: one start event, a task per step, an exclusive gateway per decision
/// (its answers the outgoing flows), a merging gateway before every task reached more than once (BPMN wants joins
/// explicit), an end event for every way out. Ids are derived from the step and option ids, so the same template
/// always gives the same model.
/// </summary>
public sealed class ProcessGraph
{
    private ProcessGraph(IReadOnlyList<string> lanes, IReadOnlyList<FlowNode> nodes, IReadOnlyList<FlowEdge> edges)
    {
        Lanes = lanes;
        Nodes = nodes;
        Edges = edges;
    }

    /// <summary>The responsible roles in order of their first step: one lane each.</summary>
    public IReadOnlyList<string> Lanes { get; }

    public IReadOnlyList<FlowNode> Nodes { get; }

    public IReadOnlyList<FlowEdge> Edges { get; }

    public static string TaskId(ProcessStep step) => "Task_" + step.Id;

    public static ProcessGraph From(ProcessTemplate template, CultureInfo? culture = null)
    {
        var steps = template.Steps;
        var lanes = new List<string>();
        var laneOf = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var step in steps)
        {
            if (laneOf.TryAdd(step.Responsible, lanes.Count))
            {
                lanes.Add(step.Responsible);
            }
        }

        var stepIndex = steps.Select((s, i) => (s.Id, i)).ToDictionary(p => p.Id, p => p.i, StringComparer.Ordinal);
        var nodes = new List<FlowNode> { new("StartEvent", FlowNodeKind.Start, Messages.Format("BpmnStartName", culture), laneOf[steps[0].Responsible], -1) };
        var taskNode = new int[steps.Count];
        for (var i = 0; i < steps.Count; i++)
        {
            taskNode[i] = nodes.Count;
            nodes.Add(new FlowNode(TaskId(steps[i]), FlowNodeKind.Task, steps[i].Title, laneOf[steps[i].Responsible], i));
        }

        // Flows into steps first collected as (source, target step, name, option), so that steps reached twice get a join.
        // Each flow numbered as created, so the answers keep the author's order whether they end or lead on.
        var pending = new List<(string Id, int Source, int TargetStep, string? Name, string? Option, int Order)>();
        var edges = new List<(FlowEdge Edge, int Order)>();
        var order = 0;
        string endName = Messages.Format("BpmnEndName", culture);
        pending.Add(("Flow_start", 0, 0, null, null, order++));
        for (var i = 0; i < steps.Count; i++)
        {
            var step = steps[i];
            var source = taskNode[i];
            if (step.Decision is { } decision)
            {
                var gateway = nodes.Count;
                nodes.Add(new FlowNode("Gateway_" + step.Id, FlowNodeKind.Decision, decision.Question, laneOf[step.Responsible], i));
                edges.Add((new FlowEdge("Flow_" + step.Id, source, gateway, null, null), order++));
                foreach (var option in decision.Options)
                {
                    var flowId = $"Flow_{step.Id}_{option.Id}";
                    if (option.End)
                    {
                        var end = nodes.Count;
                        nodes.Add(new FlowNode($"End_{step.Id}_{option.Id}", FlowNodeKind.End, endName, laneOf[step.Responsible], i));
                        edges.Add((new FlowEdge(flowId, gateway, end, option.Label, option.Id), order++));
                    }
                    else
                    {
                        pending.Add((flowId, gateway, stepIndex[option.Next!], option.Label, option.Id, order++));
                    }
                }
            }
            else if (step.Next is { } next)
            {
                pending.Add(("Flow_" + step.Id, source, stepIndex[next], null, null, order++));
            }
            else if (step.End || i == steps.Count - 1)
            {
                var end = nodes.Count;
                nodes.Add(new FlowNode("End_" + step.Id, FlowNodeKind.End, endName, laneOf[step.Responsible], i));
                edges.Add((new FlowEdge("Flow_" + step.Id, source, end, null, null), order++));
            }
            else
            {
                pending.Add(("Flow_" + step.Id, source, i + 1, null, null, order++));
            }
        }

        var incoming = new int[steps.Count];
        foreach (var flow in pending)
        {
            incoming[flow.TargetStep]++;
        }

        var join = new int[steps.Count];
        for (var i = 0; i < steps.Count; i++)
        {
            join[i] = -1;
            if (incoming[i] > 1)
            {
                join[i] = nodes.Count;
                nodes.Add(new FlowNode("Join_" + steps[i].Id, FlowNodeKind.Join, "", laneOf[steps[i].Responsible], i));
                edges.Add((new FlowEdge("Flow_join_" + steps[i].Id, join[i], taskNode[i], null, null), order++));
            }
        }

        foreach (var flow in pending)
        {
            var target = join[flow.TargetStep] >= 0 ? join[flow.TargetStep] : taskNode[flow.TargetStep];
            edges.Add((new FlowEdge(flow.Id, flow.Source, target, flow.Name, flow.Option), flow.Order));
        }

        // Flows in the order of their source node, then as the author listed the answers: stable and readable.
        var ordered = edges.OrderBy(p => p.Edge.Source).ThenBy(p => p.Order).Select(p => p.Edge).ToArray();
        return new ProcessGraph(lanes, nodes, ordered);
    }
}
