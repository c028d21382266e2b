using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace WfTeams.Testing;

/// <summary>
/// A loopback stand-in for login.botframework.com: OpenID metadata and a JWKS with two RSA keys,
/// one endorsing <c>msteams</c>, one endorsing only <c>webchat</c>; it signs tokens as the channel would.
/// </summary>
public sealed class OpenIdServer : IDisposable
{
    public const string Issuer = "https://api.botframework.com";

    public const string TeamsKey = "teams-key";
    public const string WebChatKey = "webchat-key";

    private readonly Dictionary<string, RsaSecurityKey> _keys = new()
    {
        [TeamsKey] = new RsaSecurityKey(RSA.Create(2048)) { KeyId = TeamsKey },
        [WebChatKey] = new RsaSecurityKey(RSA.Create(2048)) { KeyId = WebChatKey },
    };

    private readonly LoopbackServer _server;

    public OpenIdServer()
    {
        _server = new LoopbackServer((request, _) =>
        {
            Interlocked.Increment(ref _requests);
            return request.Url!.AbsolutePath switch
            {
                "/v1/.well-known/openidconfiguration" => (200, Metadata(), null),
                "/v1/.well-known/keys" => (200, Keys(), null),
                _ => (404, "{}", null),
            };
        });
    }

    private int _requests;

    public int Requests => _requests;

    public string MetadataUrl => $"{_server.BaseUrl}v1/.well-known/openidconfiguration";

    public void Dispose() => _server.Dispose();

    /// <summary>A token as the Bot Framework issues it; every part can be spoiled for a test.</summary>
    public string Token(
        string audience,
        string serviceUrl,
        string keyId = TeamsKey,
        string issuer = Issuer,
        DateTime? notBefore = null,
        DateTime? expires = null,
        RsaSecurityKey? signWith = null)
    {
        var now = DateTime.UtcNow;
        var key = signWith ?? _keys[keyId];
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = issuer,
            Audience = audience,
            IssuedAt = (notBefore ?? now).AddMinutes(-1),
            NotBefore = notBefore ?? now.AddMinutes(-1),
            Expires = expires ?? now.AddHours(1),
            Claims = new Dictionary<string, object> { ["serviceurl"] = serviceUrl },
            SigningCredentials = new SigningCredentials(key, SecurityAlgorithms.RsaSha256) { Key = { KeyId = keyId } },
        });
    }

    /// <summary>
    /// An access token as Microsoft Entra ID issues it for an API: issuer of <paramref name="tenant"/>
    /// (v2.0), <c>tid</c>, the given scopes and roles; every part can be spoiled for a test.
    /// </summary>
    public string AccessToken(
        string tenant,
        string audience,
        string? scope = "access_as_user",
        string[]? roles = null,
        string[]? groups = null,
        string? issuer = null,
        DateTime? expires = null,
        string keyId = TeamsKey,
        SigningCredentials? signWith = null,
        string name = "Erika Mustermann")
    {
        var now = DateTime.UtcNow;
        var claims = new Dictionary<string, object> { ["tid"] = tenant, ["oid"] = Guid.NewGuid().ToString(), ["name"] = name };
        if (scope is not null)
        {
            claims["scp"] = scope;
        }

        if (roles is not null)
        {
            claims["roles"] = roles;
        }

        if (groups is not null)
        {
            claims["groups"] = groups;
        }

        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = issuer ?? $"https://login.microsoftonline.com/{tenant}/v2.0",
            Audience = audience,
            IssuedAt = (expires ?? now.AddHours(1)).AddHours(-2),
            NotBefore = (expires ?? now.AddHours(1)).AddHours(-2),
            Expires = expires ?? now.AddHours(1),
            Claims = claims,
            SigningCredentials = signWith ?? new SigningCredentials(_keys[keyId], SecurityAlgorithms.RsaSha256) { Key = { KeyId = keyId } },
        });
    }

    private string Metadata() => new JsonObject
    {
        ["issuer"] = Issuer,
        ["authorization_endpoint"] = "https://invalid.botframework.com",
        ["jwks_uri"] = $"{_server.BaseUrl}v1/.well-known/keys",
        ["id_token_signing_alg_values_supported"] = new JsonArray("RS256"),
        ["token_endpoint_auth_methods_supported"] = new JsonArray("private_key_jwt"),
    }.ToJsonString();

    private string Keys() => new JsonObject
    {
        ["keys"] = new JsonArray(
            Jwk(TeamsKey, "msteams", "emulator"),
            Jwk(WebChatKey, "webchat")),
    }.ToJsonString();

    private JsonObject Jwk(string keyId, params string[] endorsements)
    {
        var parameters = _keys[keyId].Rsa.ExportParameters(false);
        return new JsonObject
        {
            ["kty"] = "RSA",
            ["use"] = "sig",
            ["kid"] = keyId,
            ["n"] = Base64UrlEncoder.Encode(parameters.Modulus),
            ["e"] = Base64UrlEncoder.Encode(parameters.Exponent),
            ["endorsements"] = new JsonArray(endorsements.Select(e => (JsonNode)e).ToArray()),
        };
    }
}
