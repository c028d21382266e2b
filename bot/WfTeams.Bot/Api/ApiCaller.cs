using System.Security.Claims;

namespace WfTeams.Bot.Api;

/// <summary>Who calls the API, read from the claims of an Entra ID access token (names as Entra writes them).</summary>
public static class ApiCaller
{
    public const string TenantClaim = "tid";
    public const string ObjectIdClaim = "oid";
    public const string ScopeClaim = "scp";
    public const string RolesClaim = "roles";
    public const string GroupsClaim = "groups";

    public static string? Tenant(this ClaimsPrincipal user) => user.FindFirst(TenantClaim)?.Value;

    /// <summary>The user's display name for a change entry: name, else the sign-in name, else the object id.</summary>
    public static string DisplayName(this ClaimsPrincipal user) =>
        user.FindFirst("name")?.Value ?? user.FindFirst("preferred_username")?.Value ?? user.FindFirst(ObjectIdClaim)?.Value ?? "?";

    public static bool HasScope(this ClaimsPrincipal user, string scope) =>
        user.FindAll(ScopeClaim).Any(c => c.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries).Contains(scope, StringComparer.Ordinal));

    public static bool HasRole(this ClaimsPrincipal user, string role) =>
        user.FindAll(RolesClaim).Any(c => string.Equals(c.Value, role, StringComparison.Ordinal));

    public static bool InGroup(this ClaimsPrincipal user, string? groupId) =>
        groupId is { Length: > 0 } && user.FindAll(GroupsClaim).Any(c => string.Equals(c.Value, groupId, StringComparison.OrdinalIgnoreCase));
}
