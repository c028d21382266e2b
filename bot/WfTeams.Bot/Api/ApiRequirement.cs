using Microsoft.AspNetCore.Authorization;

namespace WfTeams.Bot.Api;

/// <summary>One condition a caller of the API must meet; <see cref="MessageKey"/> says in words what is missing.</summary>
public sealed class ApiRequirement : IAuthorizationRequirement
{
    private ApiRequirement(string messageKey) => MessageKey = messageKey;

    /// <summary>The token's tenant is the one this deployment serves (<c>Bot:TenantId</c>).</summary>
    public static ApiRequirement SameTenant { get; } = new("ApiOtherTenant");

    /// <summary>The token was issued for the scope <c>access_as_user</c>.</summary>
    public static ApiRequirement Scope { get; } = new("ApiScopeMissing");

    /// <summary>The app role <c>Process.Editor</c>, or membership in <c>Api:EditorGroupId</c>.</summary>
    public static ApiRequirement Editor { get; } = new("ApiEditorRequired");

    public string MessageKey { get; }
}
