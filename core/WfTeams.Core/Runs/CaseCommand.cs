namespace WfTeams.Core.Runs;

/// <summary>
/// An intent on an existing case, as the bot received it: who (in which tenant and chat), which
/// Teams activity triggered it (the exactly-once key), and what the card showed when clicked
/// (<see cref="ExpectedStepId"/>, <see cref="ExpectedVersion"/>; null for chat commands).
/// </summary>
public abstract record CaseCommand
{
    public required string Tenant { get; init; }
    public required Actor Actor { get; init; }
    public required string ActivityId { get; init; }
    public string? ConversationId { get; init; }
    public required string CaseId { get; init; }
    public string? ExpectedStepId { get; init; }
    public int? ExpectedVersion { get; init; }

    /// <summary>The user's locale; decides how an ambiguous number like "1.234" is read.</summary>
    public string? Locale { get; init; }
}
