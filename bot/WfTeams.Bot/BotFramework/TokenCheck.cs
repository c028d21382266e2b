using System.Security.Claims;

namespace WfTeams.Bot.BotFramework;

/// <summary>The outcome of an authentication gate: 200 to go on, else 401/403 and why (never the token).</summary>
public sealed record TokenCheck(int Status, string? Reason, ClaimsIdentity? Identity, string[] Endorsements)
{
    public static TokenCheck Development { get; } = new(StatusCodes.Status200OK, null, null, []);

    public bool IsDevelopment => ReferenceEquals(this, Development);

    public bool Passed => Status == StatusCodes.Status200OK;
}
