using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Options;
using WfTeams.Core.Storage;

namespace WfTeams.Bot.Api;

/// <summary>Checks each <see cref="ApiRequirement"/> against the caller's claims.</summary>
public sealed class ApiRequirementHandler(TenantId tenant, IOptions<ApiOptions> options) : AuthorizationHandler<ApiRequirement>
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, ApiRequirement requirement)
    {
        var user = context.User;
        var met = requirement == ApiRequirement.SameTenant ? string.Equals(user.Tenant(), tenant.Value, StringComparison.OrdinalIgnoreCase)
            : requirement == ApiRequirement.Scope ? user.HasScope(ApiOptions.Scope)
            : requirement == ApiRequirement.Editor && (user.HasRole(ApiOptions.EditorRole) || user.InGroup(options.Value.EditorGroupId));
        if (met)
        {
            context.Succeed(requirement);
        }

        return Task.CompletedTask;
    }
}
