namespace WfTeams.Core.Modelling;

/// <summary>What a BPMN flow element is to the import: a task (any type), an event, a gateway, a sub-process.</summary>
internal enum BpmnNodeKind
{
    Task,
    Start,
    End,
    Exclusive,
    Inclusive,
    Parallel,
    EventBased,
    Complex,
    Intermediate,
    Boundary,
    SubProcess,
}
