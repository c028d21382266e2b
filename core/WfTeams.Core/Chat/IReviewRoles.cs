using WfTeams.Core.Runs;

namespace WfTeams.Core.Chat;

/// <summary>Who may release captured drafts: reviewers, and admins who may also release their own (four-eyes principle).</summary>
public interface IReviewRoles
{
    bool IsReviewer(Actor actor);

    bool IsAdmin(Actor actor);
}
