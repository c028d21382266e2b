namespace WfTeams.Core.Modelling;

/// <summary>One node of the flow; <see cref="Step"/> is the index of the step it belongs to (-1 for none).</summary>
public sealed record FlowNode(string Id, FlowNodeKind Kind, string Name, int Lane, int Step);
