using WfTeams.Core.Capture;
using WfTeams.Core.Runs;
using WfTeams.Core.Storage;

namespace WfTeams.Core.Chat;

/// <summary>
/// Tells the tenant's reviewers that a draft waits for them (<c>zur Prüfung geben</c>): a card with a Prüfen button in
/// the personal chat of each reviewer the bot can reach there. Reviewers it has no chat with are skipped, never
/// written to uninvited.
/// </summary>
public interface IReviewerNotifier
{
    Task<ReviewersNotified> NotifyAsync(TenantId tenant, Draft draft, Actor submitter, CancellationToken cancellationToken);
}
