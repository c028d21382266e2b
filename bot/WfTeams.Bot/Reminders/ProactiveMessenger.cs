using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;
using WfTeams.Bot.BotFramework;
using WfTeams.Core.Reminders;
using WfTeams.Core.Runs;
using WfTeams.Core.Storage;

namespace WfTeams.Bot.Reminders;

/// <summary>
/// Proactive messages through the outbound queue (which keeps Teams' rate limits; the connector client retries 429
/// honouring Retry-After, and 412/502/504). A user the bot has not talked to gets a 1:1 chat first
/// (<c>POST /v3/conversations</c> with the member and the tenant). A 403 (MessageWritesBlocked, blocked, removed)
/// marks the reference unreachable: the caller tells the case's chat instead, and nothing is retried there.
/// </summary>
public sealed partial class ProactiveMessenger(
    ConversationReferences references, OutboundQueue outbound, ConnectorClient connector, IOptions<BotOptions> options, ILogger<ProactiveMessenger> logger)
    : IProactiveMessenger
{
    public async Task<Delivery> ToUserAsync(TenantId tenant, Actor user, UserReference? known, JsonObject card, CancellationToken cancellationToken)
    {
        known ??= await references.FindUserAsync(tenant, user.Id, cancellationToken);
        if (known?.Unreachable == true)
        {
            return Delivery.Unreachable;
        }

        var serviceUrl = known?.ServiceUrl ?? await references.ServiceUrlAsync(tenant, cancellationToken);
        if (serviceUrl is null)
        {
            return Delivery.NoRoute;
        }

        var conversationId = known?.ConversationId;
        if (conversationId is null)
        {
            try
            {
                conversationId = await connector.CreateConversationAsync(serviceUrl, Personal(tenant, known?.TeamsUserId ?? user.Id, user.Id), cancellationToken);
            }
            catch (ConnectorException exception) when (exception.Status == HttpStatusCode.Forbidden)
            {
                await references.MarkUserUnreachableAsync(tenant, user.Id, cancellationToken);
                return Delivery.Unreachable;
            }
            catch (ConnectorException exception) when (exception.Status is HttpStatusCode.NotFound or HttpStatusCode.BadRequest || exception.Code == "ServiceUrlNotAllowed")
            {
                // The app is not installed for them: nothing can reach them until it is.
                LogNoChat(logger, exception.Code, exception.Message);
                return Delivery.NoRoute;
            }
            catch (Exception exception) when (exception is ConnectorException or HttpRequestException)
            {
                LogNoChat(logger, (exception as ConnectorException)?.Code, exception.Message);
                return Delivery.Failed;
            }

            if (conversationId is null)
            {
                return Delivery.Failed;
            }

            await references.RememberUserAsync(tenant, user.Id, known?.TeamsUserId, serviceUrl, conversationId, cancellationToken, known?.Locale, known?.Name);
        }

        var delivery = await SendAsync(serviceUrl, conversationId, card, cancellationToken);
        if (delivery == Delivery.Unreachable)
        {
            await references.MarkUserUnreachableAsync(tenant, user.Id, cancellationToken);
        }

        return delivery;
    }

    public async Task<Delivery> ToConversationAsync(TenantId tenant, string conversationId, JsonObject card, CancellationToken cancellationToken)
    {
        var known = await references.FindConversationAsync(tenant, conversationId, cancellationToken);
        if (known is null)
        {
            return Delivery.NoRoute;
        }

        if (known.Unreachable)
        {
            return Delivery.Unreachable;
        }

        var delivery = await SendAsync(known.ServiceUrl, conversationId, card, cancellationToken);
        if (delivery == Delivery.Unreachable)
        {
            await references.MarkConversationUnreachableAsync(tenant, conversationId, cancellationToken);
        }

        return delivery;
    }

    private async Task<Delivery> SendAsync(string serviceUrl, string conversationId, JsonObject card, CancellationToken cancellationToken)
    {
        var activity = new Activity
        {
            Type = ActivityTypes.Message,
            Attachments = [Attachment.Card(card)],
            // A proactive message shows in the activity feed too (BOT-PROTOCOL "Cards in Teams").
            ChannelData = new JsonObject { ["notification"] = new JsonObject { ["alert"] = true } },
        };
        var delivered = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await outbound.EnqueueAsync(new Outbound(serviceUrl, conversationId, activity, Delivered: delivered), cancellationToken);
        try
        {
            await delivered.Task.WaitAsync(cancellationToken);
            return Delivery.Sent;
        }
        catch (ConnectorException exception) when (exception.Status == HttpStatusCode.Forbidden)
        {
            return Delivery.Unreachable;
        }
        catch (ConnectorException exception) when (exception.Status == HttpStatusCode.NotFound || exception.Code == "ServiceUrlNotAllowed")
        {
            return Delivery.NoRoute;
        }
        catch (Exception exception) when (exception is ConnectorException or HttpRequestException or OperationCanceledException && !cancellationToken.IsCancellationRequested)
        {
            return Delivery.Failed;
        }
    }

    /// <summary>The parameters of a new 1:1 chat (M365-FACTS "Teams proactive messages").</summary>
    private JsonObject Personal(TenantId tenant, string memberId, string objectId) => new()
    {
        ["isGroup"] = false,
        ["bot"] = new JsonObject { ["id"] = "28:" + options.Value.AppId },
        ["members"] = new JsonArray(new JsonObject { ["id"] = memberId, ["aadObjectId"] = objectId }),
        ["tenantId"] = tenant.Value,
        ["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = tenant.Value } },
    };

    [LoggerMessage(Level = LogLevel.Warning, Message = "No personal chat could be created ({Code}): {Reason}")]
    private static partial void LogNoChat(ILogger logger, string? code, string reason);
}
