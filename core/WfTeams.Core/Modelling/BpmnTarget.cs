namespace WfTeams.Core.Modelling;

/// <summary>A flow's destination after pass-through elements: a step's key, or the end (null).</summary>
internal readonly record struct BpmnTarget(string? Step);
