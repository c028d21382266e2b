using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using WfTeams.Core.Reminders;
using WfTeams.Core.Runs;
using WfTeams.Core.Storage;

namespace WfTeams.Core.Tests.Reminders;

/// <summary>
/// Teams as the scheduler sees it, in memory: records every proactive message and answers what the test says.
/// (The host's messenger over a loopback connector is tested in WfTeams.Bot.Tests.)
/// </summary>
public sealed class RecordingMessenger : IProactiveMessenger
{
    public ConcurrentQueue<(string To, JsonObject Card)> Sent { get; } = new();

    /// <summary>What a message to a user answers (default: sent).</summary>
    public Func<Actor, Delivery> ToUser { get; set; } = _ => Delivery.Sent;

    /// <summary>Thrown by the next message, as a host that crashes between record and send.</summary>
    public Exception? Crash { get; set; }

    public Task<Delivery> ToUserAsync(TenantId tenant, Actor user, UserReference? known, JsonObject card, CancellationToken cancellationToken)
    {
        ThrowIfCrashing();
        var delivery = ToUser(user);
        if (delivery == Delivery.Sent)
        {
            Sent.Enqueue(("user:" + user.Id, card));
        }

        return Task.FromResult(delivery);
    }

    public Task<Delivery> ToConversationAsync(TenantId tenant, string conversationId, JsonObject card, CancellationToken cancellationToken)
    {
        ThrowIfCrashing();
        Sent.Enqueue(("conv:" + conversationId, card));
        return Task.FromResult(Delivery.Sent);
    }

    /// <summary>The first text of each card sent, in order.</summary>
    public List<string> Titles() => Sent.Select(s => (string?)s.Card["body"]![0]!["text"] ?? "").ToList();

    private void ThrowIfCrashing()
    {
        if (Crash is { } crash)
        {
            Crash = null;
            throw crash;
        }
    }
}
