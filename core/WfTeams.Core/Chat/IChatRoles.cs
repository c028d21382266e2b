using WfTeams.Core.Runs;

namespace WfTeams.Core.Chat;

/// <summary>
/// Who may change the handbook from the chat. Teams activities carry no roles, so the host decides from its
/// configuration (the Entra object ids in <c>Roles:Admins</c> and <c>Roles:Reviewers</c>).
/// </summary>
public interface IChatRoles
{
    /// <summary>True when <paramref name="actor"/> (Entra object id, else the Teams user id) may publish.</summary>
    bool IsEditor(Actor actor);
}
