namespace WfTeams.Core.Modelling;

/// <summary>What a node of the drawn flow is: BPMN start event, user task, exclusive gateway (decision or merge), end event.</summary>
public enum FlowNodeKind
{
    Start,
    Task,
    Decision,
    Join,
    End,
}
