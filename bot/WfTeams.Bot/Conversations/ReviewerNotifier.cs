using WfTeams.Core.Capture;
using WfTeams.Core.Cards;
using WfTeams.Core.Chat;
using WfTeams.Core.Reminders;
using WfTeams.Core.Resources;
using WfTeams.Core.Runs;
using WfTeams.Core.Storage;

namespace WfTeams.Bot.Conversations;

/// <summary>
/// A draft submitted for review is announced to every reviewer and admin (<c>Roles:Reviewers</c>, <c>Roles:Admins</c>)
/// except the submitter, in their personal chat with the bot (table <c>conversationrefs</c>), in their language, all at
/// once. Who has no such chat (never wrote to the bot, removed it) is skipped: no chat is created uninvited.
/// </summary>
public sealed partial class ReviewerNotifier(ChatRoles roles, ConversationReferences references, IProactiveMessenger messenger, ILogger<ReviewerNotifier> logger)
    : IReviewerNotifier
{
    public async Task<ReviewersNotified> NotifyAsync(TenantId tenant, Draft draft, Actor submitter, CancellationToken cancellationToken)
    {
        var outcomes = await Task.WhenAll(roles.Reviewers
            .Where(id => !string.Equals(id, submitter.Id, StringComparison.OrdinalIgnoreCase))
            .Select(id => NotifyOneAsync(tenant, id, draft, cancellationToken)));
        return new ReviewersNotified([.. outcomes.OfType<string>().Order(StringComparer.CurrentCulture)], outcomes.Count(name => name is null));
    }

    /// <summary>The reviewer's name when the card reached them, else null.</summary>
    private async Task<string?> NotifyOneAsync(TenantId tenant, string reviewerId, Draft draft, CancellationToken cancellationToken)
    {
        try
        {
            if (await references.FindUserAsync(tenant, reviewerId, cancellationToken) is not { Reachable: true } reference)
            {
                return null;
            }

            var card = CaptureReviewRequestCard.Build(draft, Messages.Culture(reference.Locale));
            var name = reference.Name is { Length: > 0 } known ? known : reviewerId;
            return await messenger.ToUserAsync(tenant, new Actor(reviewerId, name), reference, card, cancellationToken) == Delivery.Sent ? name : null;
        }
        catch (StorageUnavailableException exception)
        {
            LogNotNotified(logger, exception.Message);
            return null;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "A reviewer was not told of a draft: {Reason}")]
    private static partial void LogNotNotified(ILogger logger, string reason);
}
