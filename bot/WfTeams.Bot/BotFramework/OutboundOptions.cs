namespace WfTeams.Bot.BotFramework;

/// <summary>The <c>Bot:Outbound</c> configuration section (contract, see README).</summary>
public sealed class OutboundOptions
{
    /// <summary>Activities waiting to be sent, all conversations together; when full, senders wait (memory stays bounded).</summary>
    public int Capacity { get; set; } = 10_000;

    /// <summary>Conversations sent to at the same time; each conversation's activities go one after another, in order.</summary>
    public int Concurrency { get; set; } = 64;

    /// <summary>Teams' rate limits (<see cref="TeamsRateLimiter"/>): <c>auto</c> for service URLs that are not loopback, <c>always</c>, <c>never</c>.</summary>
    public string TeamsLimits { get; set; } = "auto";
}
