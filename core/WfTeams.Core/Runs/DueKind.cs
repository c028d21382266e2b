namespace WfTeams.Core.Runs;

/// <summary>What a row of <see cref="DueSteps"/> is waiting for.</summary>
public enum DueKind
{
    /// <summary>The current step's due date (then: the next reminder of an overdue step).</summary>
    Due,

    /// <summary>The current step was assigned to someone: tell them.</summary>
    Assigned,

    /// <summary>The case finished away from its chat: tell the chat.</summary>
    Finished,
}
