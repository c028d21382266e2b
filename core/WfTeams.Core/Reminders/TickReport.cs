namespace WfTeams.Core.Reminders;

/// <summary>What one tick of the scheduler did: slices worked, table queries made, rows found, messages by outcome.</summary>
public sealed record TickReport(int Slices, int Queries, int Found, int Sent, int NotSent, bool Digest);
