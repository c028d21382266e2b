using System.Net.Http.Headers;
using Microsoft.AspNetCore.Hosting;
using WfTeams.Core.Storage;
using WfTeams.Testing;

namespace WfTeams.Bot.Tests.Api;

/// <summary>
/// The API as production configures it: an Entra app (<see cref="ClientId"/>) whose tenant's keys a
/// loopback <see cref="OpenIdServer"/> publishes; tokens for readers and editors of a tenant.
/// </summary>
public static class ApiTokens
{
    public const string ClientId = "7c0f4a52-1b9e-4d7a-8c3f-2e6b5a4d3c21";

    public static OpenIdServer OpenId { get; } = new();

    public static IWebHostBuilder UseApi(this IWebHostBuilder host, TenantId tenant) => host
        .UseSetting("Bot:TenantId", tenant.Value)
        .UseSetting("Api:ClientId", ClientId)
        .UseSetting("Api:OpenIdMetadataUrl", OpenId.MetadataUrl);

    public static string Reader(TenantId tenant) => OpenId.AccessToken(tenant.Value, ClientId);

    public static string Editor(TenantId tenant) => OpenId.AccessToken(tenant.Value, ClientId, roles: ["Process.Editor"]);

    public static HttpClient As(this HttpClient client, string token)
    {
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }
}
