namespace WfTeams.Core.Modelling;

/// <summary>A point of the diagram in BPMNDI's pixels.</summary>
public readonly record struct DiagramPoint(int X, int Y);
