namespace WfTeams.Core.Reminders;

/// <summary>What became of a proactive message.</summary>
public enum Delivery
{
    /// <summary>Handed to Teams and accepted.</summary>
    Sent,

    /// <summary>Teams refused it (403: the user blocked or removed the app); the reference is marked, no retries.</summary>
    Unreachable,

    /// <summary>No chat is known and none could be created (the app is not installed for the user).</summary>
    NoRoute,

    /// <summary>Not sent for now (throttled beyond the retries, a gateway error, storage): tried again on a later tick.</summary>
    Failed,

    /// <summary>The user turned reminders off: nothing sent.</summary>
    Off,
}
