namespace WfTeams.Core.Modelling;

/// <summary>A sequence flow between two nodes (indexes into <see cref="ProcessGraph.Nodes"/>); a decision's answer carries its option.</summary>
public sealed record FlowEdge(string Id, int Source, int Target, string? Name, string? OptionId);
