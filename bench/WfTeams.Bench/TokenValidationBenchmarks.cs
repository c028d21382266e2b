extern alias bot;

using System.Security.Cryptography;
using BenchmarkDotNet.Attributes;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using bot::WfTeams.Bot.Api;
using WfTeams.Testing;

namespace WfTeams.Bench;

/// <summary>
/// Issue 10's target for the API: validating an Entra ID access token in ≤ 0.2 ms once the signing keys
/// are cached (every request after the first). The parameters are the host's own
/// (<see cref="ApiAuthentication.ValidationParameters"/>) with the key added as JwtBearer adds the keys
/// of the metadata; the token is made as <see cref="OpenIdServer.AccessToken"/> makes it for the tests.
/// </summary>
[MemoryDiagnoser]
[MinColumn]
[SimpleJob(launchCount: 1, warmupCount: 5, iterationCount: 30)]
public class TokenValidationBenchmarks
{
    private const string Tenant = "9f3c6a52-1d2e-4b7a-8c1f-0a9e2b3c4d5e";
    private const string ClientId = "5b1e8f2a-7c3d-4e9f-a0b1-c2d3e4f5a6b7";

    private readonly JsonWebTokenHandler _handler = new() { MapInboundClaims = false };
    private OpenIdServer _server = null!;
    private TokenValidationParameters _parameters = null!;
    private string _token = null!;

    [GlobalSetup]
    public async Task SetupAsync()
    {
        var key = new RsaSecurityKey(RSA.Create(2048)) { KeyId = "entra-key" };
        _server = new OpenIdServer();
        _token = _server.AccessToken(Tenant, ClientId, roles: [ApiOptions.EditorRole],
            signWith: new SigningCredentials(key, SecurityAlgorithms.RsaSha256));

        _parameters = ApiAuthentication.ValidationParameters(new ApiOptions { ClientId = ClientId });
        _parameters.IssuerSigningKeys = [key];

        // The first validation warms the key's crypto provider cache, as the first request does.
        var first = await Validate();
        if (!first.IsValid)
        {
            throw new InvalidOperationException("The benchmark's token is not valid.", first.Exception);
        }
    }

    [GlobalCleanup]
    public void Cleanup() => _server.Dispose();

    [Benchmark(Description = "validate an Entra ID access token (RS256, cached key)")]
    public Task<TokenValidationResult> Validate() => _handler.ValidateTokenAsync(_token, _parameters);
}
