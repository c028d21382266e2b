namespace WfTeams.Core.Reminders;

/// <summary>What <see cref="ReminderLog.TryRecordAsync"/> allows.</summary>
public enum RecordResult
{
    /// <summary>Recorded now (or taken over after a crash or a failure): send it.</summary>
    Send,

    /// <summary>Sent, refused or given up before: never again.</summary>
    Done,

    /// <summary>Another instance recorded it a moment ago and is sending it.</summary>
    Busy,
}
