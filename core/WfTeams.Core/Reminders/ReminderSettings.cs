using WfTeams.Core.Runs;

namespace WfTeams.Core.Reminders;

/// <summary>When the scheduler speaks: the digest and reminder times in the calendar's zone, the working days, how long a slice's lease lasts.</summary>
public sealed record ReminderSettings
{
    public TimeOnly DigestTime { get; init; } = new(8, 0);

    /// <summary>When an overdue step is reminded of again, on each following working day.</summary>
    public TimeOnly ReminderTime { get; init; } = new(9, 0);

    public WorkingCalendar Calendar { get; init; } = WorkingCalendar.Default;

    /// <summary>A slice's lease: renewed every tick, so a crashed instance's slices move on after this long.</summary>
    public TimeSpan Lease { get; init; } = TimeSpan.FromMinutes(3);

    /// <summary>At most this many due rows per slice and tick; the rest wait for the next tick.</summary>
    public int MaxPerSlice { get; init; } = 5_000;

    /// <summary>How many reminders of a slice are in flight at once (the outbound queue keeps Teams' limits).</summary>
    public int Parallel { get; init; } = 64;

    /// <summary>A reminder that failed this often is given up.</summary>
    public int MaxAttempts { get; init; } = 5;
}
