namespace WfTeams.Core.Chat;

/// <summary>Whom the card reached (their names), and how many reviewers it could not reach.</summary>
public sealed record ReviewersNotified(IReadOnlyList<string> Notified, int Skipped);
