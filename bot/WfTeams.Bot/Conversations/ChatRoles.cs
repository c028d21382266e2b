using Microsoft.Extensions.Options;
using WfTeams.Bot.BotFramework;
using WfTeams.Core.Chat;
using WfTeams.Core.Runs;

namespace WfTeams.Bot.Conversations;

/// <summary>
/// Editors in chat: everyone in <c>Roles:Admins</c> or <c>Roles:Reviewers</c>. In development mode (no app id,
/// <c>Bot:AllowUnauthenticated</c>: the Playground after ./run.sh) everyone is, so a newcomer can try publishing.
/// </summary>
public sealed class ChatRoles(IOptions<RolesOptions> roles, IOptions<BotOptions> bot) : IChatRoles, IReviewRoles
{
    // Object ids are GUIDs: Teams and the Entra admin center may spell them in different case.
    private readonly HashSet<string> _editors = new(
        roles.Value.Admins.Concat(roles.Value.Reviewers).Select(id => id.Trim()).Where(id => id.Length > 0),
        StringComparer.OrdinalIgnoreCase);

    private readonly bool _everyone = bot.Value.IsDevelopment;

    private readonly HashSet<string> _admins = new(roles.Value.Admins.Select(id => id.Trim()).Where(id => id.Length > 0), StringComparer.OrdinalIgnoreCase);

    /// <summary>The configured reviewers and admins (object ids): whom a draft submitted for review is announced to.</summary>
    public IReadOnlyCollection<string> Reviewers => _editors;

    public bool IsEditor(Actor actor) => _everyone || _editors.Contains(actor.Id);

    /// <summary>Reviewers release captured drafts: the same people as editors.</summary>
    public bool IsReviewer(Actor actor) => IsEditor(actor);

    /// <summary>Admins may release their own drafts (four-eyes principle); in development mode everyone is one.</summary>
    public bool IsAdmin(Actor actor) => _everyone || _admins.Contains(actor.Id);
}
