namespace WfTeams.Core.Insights;

/// <summary>What happened in one step within one aggregate: visits, how they were left, and how long they took.</summary>
public sealed class StepTally
{
    /// <summary>Times the step became current.</summary>
    public long Entered { get; set; }

    /// <summary>Times it became current again in the same case (a loop or "back").</summary>
    public long Reentered { get; set; }

    public long Completed { get; set; }
    public long Skipped { get; set; }

    /// <summary>Completed or skipped after its due date.</summary>
    public long Overdue { get; set; }

    /// <summary>Completed or skipped while the step had a due date: the base of the overdue rate.</summary>
    public long WithDue { get; set; }

    /// <summary>From becoming current to being completed or skipped.</summary>
    public DurationHistogram Current { get; init; } = new();

    /// <summary>From the latest assignment to completion (visits that were assigned).</summary>
    public DurationHistogram AfterAssignment { get; init; } = new();

    /// <summary>Cases waiting in the step now (only in the aggregate of open cases).</summary>
    public long Waiting { get; set; }

    /// <summary>The sum of the moments the waiting cases entered the step, in Unix seconds: their mean wait without a row per case.</summary>
    public long WaitingSinceSum { get; set; }

    public void Merge(StepTally other)
    {
        Entered += other.Entered;
        Reentered += other.Reentered;
        Completed += other.Completed;
        Skipped += other.Skipped;
        Overdue += other.Overdue;
        WithDue += other.WithDue;
        Current.Merge(other.Current);
        AfterAssignment.Merge(other.AfterAssignment);
        Waiting += other.Waiting;
        WaitingSinceSum += other.WaitingSinceSum;
    }
}
