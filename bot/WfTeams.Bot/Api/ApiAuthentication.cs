using System.Net;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using WfTeams.Core.Storage;

namespace WfTeams.Bot.Api;

/// <summary>
/// Who may call <c>/api/*</c>: a Microsoft Entra ID access token of the tenant this deployment serves,
/// for this API (<c>Api:ClientId</c>/<c>Api:Audience</c>), with the scope <c>access_as_user</c>;
/// writing also needs the app role <c>Process.Editor</c> or membership in <c>Api:EditorGroupId</c>.
/// In development mode (no client id, <c>Api:AllowUnauthenticated</c>) loopback callers need none.
/// </summary>
public static class ApiAuthentication
{
    public const string Reader = "ApiReader";
    public const string Editor = "ApiEditor";

    private const string Scheme = "Api";
    private const string Development = "Development";

    public static void AddApiAuthentication(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<ApiOptions>().BindConfiguration("Api");
        // No default scheme: only the endpoints whose policy names the API scheme authenticate. The bot endpoint
        // carries a Bot Framework bearer token of its own; run through the Entra ID handler it would wait for the
        // tenant's metadata on every turn (5 s per turn where login.microsoftonline.com does not answer).
        builder.Services.AddAuthentication()
            .AddPolicyScheme(Scheme, null, options => options.ForwardDefaultSelector = context =>
                context.RequestServices.GetRequiredService<IOptions<ApiOptions>>().Value.IsDevelopment
                && context.Connection.RemoteIpAddress is { } caller && IPAddress.IsLoopback(caller)
                    ? Development
                    : JwtBearerDefaults.AuthenticationScheme)
            .AddScheme<AuthenticationSchemeOptions, DevelopmentAuthentication>(Development, null)
            .AddJwtBearer();
        builder.Services.AddOptions<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme)
            .Configure<IOptions<ApiOptions>, TenantId>((jwt, api, tenant) => Configure(jwt, api.Value, tenant));

        builder.Services.AddAuthorizationBuilder()
            .AddPolicy(Reader, policy => policy.AddAuthenticationSchemes(Scheme).RequireAuthenticatedUser().AddRequirements(ApiRequirement.SameTenant, ApiRequirement.Scope))
            .AddPolicy(Editor, policy => policy.AddAuthenticationSchemes(Scheme).RequireAuthenticatedUser().AddRequirements(ApiRequirement.SameTenant, ApiRequirement.Scope, ApiRequirement.Editor));
        builder.Services.AddSingleton<IAuthorizationHandler, ApiRequirementHandler>();
        builder.Services.AddSingleton<IAuthorizationMiddlewareResultHandler, ApiRefusals>();
    }

    private static void Configure(JwtBearerOptions jwt, ApiOptions api, TenantId tenant)
    {
        var metadata = api.MetadataUrl(tenant.Value);
        jwt.MetadataAddress = metadata;
        jwt.RequireHttpsMetadata = !new Uri(metadata).IsLoopback;
        jwt.MapInboundClaims = false;
        jwt.TokenValidationParameters = ValidationParameters(api);
        jwt.Events = new JwtBearerEvents { OnChallenge = ApiRefusals.ChallengeAsync };
    }

    /// <summary>
    /// What an access token must satisfy (audience, Entra issuer, RS256/384/512, lifetime); the signing
    /// keys come from the metadata at run time. Public so the benchmark measures the host's own rules.
    /// </summary>
    public static TokenValidationParameters ValidationParameters(ApiOptions api) => new()
    {
        ValidAudiences = new[] { api.ClientId, api.Audience, api.ClientId is { Length: > 0 } id ? "api://" + id : null }
            .Where(a => !string.IsNullOrEmpty(a)).ToArray()!,
        IssuerValidator = EntraIssuer,
        ValidAlgorithms = [SecurityAlgorithms.RsaSha256, SecurityAlgorithms.RsaSha384, SecurityAlgorithms.RsaSha512],
        RequireSignedTokens = true,
        RequireExpirationTime = true,
        ClockSkew = TimeSpan.FromMinutes(5),
        NameClaimType = "name",
        RoleClaimType = ApiCaller.RolesClaim,
    };

    /// <summary>
    /// Entra ID issues tokens as <c>https://login.microsoftonline.com/{tid}/v2.0</c> (v2) or
    /// <c>https://sts.windows.net/{tid}/</c> (v1), with the token's own tenant. Any other issuer is refused
    /// (401); whether the tenant is ours is the policy's question (403).
    /// </summary>
    private static string EntraIssuer(string issuer, SecurityToken token, TokenValidationParameters parameters)
    {
        var tid = token is JsonWebToken jwt && jwt.TryGetPayloadValue<string>(ApiCaller.TenantClaim, out var value) ? value : null;
        if (tid is { Length: > 0 } && !tid.Contains('/', StringComparison.Ordinal)
            && (issuer == $"https://login.microsoftonline.com/{tid}/v2.0" || issuer == $"https://sts.windows.net/{tid}/"))
        {
            return issuer;
        }

        throw new SecurityTokenInvalidIssuerException($"Issuer '{issuer}' is not Entra ID's for the token's tenant.") { InvalidIssuer = issuer };
    }
}
