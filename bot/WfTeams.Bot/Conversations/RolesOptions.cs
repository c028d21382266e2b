namespace WfTeams.Bot.Conversations;

/// <summary>
/// The <c>Roles</c> configuration section: Entra object ids of the people with editing rights, since Teams
/// activities carry no roles. Lists: <c>Roles__Admins__0=…</c>.
/// </summary>
public sealed class RolesOptions
{
    /// <summary>Administrators of the deployment.</summary>
    public List<string> Admins { get; set; } = [];

    /// <summary>Process owners who review and release templates.</summary>
    public List<string> Reviewers { get; set; } = [];
}
