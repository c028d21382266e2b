using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;
using WfTeams.Core.Storage;

namespace WfTeams.Bot.Api;

/// <summary>
/// Development mode (no <c>Api:ClientId</c>, <c>Api:AllowUnauthenticated=true</c>), loopback callers only:
/// the caller is a local developer of the configured tenant who may read and write.
/// </summary>
public sealed class DevelopmentAuthentication(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, TenantId tenant)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var identity = new ClaimsIdentity(
            [
                new Claim(ApiCaller.TenantClaim, tenant.Value),
                new Claim(ApiCaller.ObjectIdClaim, "development"),
                new Claim("name", "Entwicklung (localhost)"),
                new Claim(ApiCaller.ScopeClaim, ApiOptions.Scope),
                new Claim(ApiCaller.RolesClaim, ApiOptions.EditorRole),
            ],
            Scheme.Name,
            "name",
            ApiCaller.RolesClaim);
        return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), Scheme.Name)));
    }
}
