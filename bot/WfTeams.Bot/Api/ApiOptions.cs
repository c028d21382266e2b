namespace WfTeams.Bot.Api;

/// <summary>The <c>Api</c> configuration section (contract, see README): who may call the HTTP API.</summary>
public sealed class ApiOptions
{
    public const string Scope = "access_as_user";
    public const string EditorRole = "Process.Editor";

    /// <summary>The API's Microsoft Entra app (client) id; tokens for it carry it as audience.</summary>
    public string? ClientId { get; set; }

    /// <summary>The application id URI (<c>api://…</c>), the audience of v1 tokens; optional.</summary>
    public string? Audience { get; set; }

    /// <summary>Where the tenant's signing keys are published; default: the tenant's Entra ID v2.0 metadata.</summary>
    public string? OpenIdMetadataUrl { get; set; }

    /// <summary>Members of this Entra group may write, as holders of the app role <c>Process.Editor</c> may.</summary>
    public string? EditorGroupId { get; set; }

    /// <summary>Development only: with no client id, loopback callers need no token (and may write).</summary>
    public bool AllowUnauthenticated { get; set; }

    public bool IsDevelopment => string.IsNullOrEmpty(ClientId) && AllowUnauthenticated;

    public string MetadataUrl(string tenantId) =>
        OpenIdMetadataUrl is { Length: > 0 } url ? url : $"https://login.microsoftonline.com/{tenantId}/v2.0/.well-known/openid-configuration";
}
