using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using WfTeams.Bot.BotFramework;
using WfTeams.Testing;

namespace WfTeams.Bot.Tests.BotFramework;

/// <summary>The connector client's REST calls, as the Bot Connector API defines them.</summary>
[Collection("Azurite")]
public sealed class ConnectorClientTests(AzuriteFixture azurite) : IDisposable
{
    private const string Conversation = "19:abc@thread.tacv2;messageid=1700000000000";
    private readonly BotHost _host = new(azurite);

    private ConnectorClient Connector => _host.Services.GetRequiredService<ConnectorClient>();

    public void Dispose() => _host.Dispose();

    [Fact]
    public async Task SendReplyUpdateDelete_UseTheirRoutesWithEscapedIds()
    {
        var activity = new Activity { Type = "message", Text = "Hallo" };

        var sent = await Connector.SendAsync(_host.Connector.ServiceUrl, Conversation, activity);
        await Connector.ReplyAsync(_host.Connector.ServiceUrl, Conversation, "1:reply/to", activity);
        await Connector.UpdateAsync(_host.Connector.ServiceUrl, Conversation, sent!, activity);
        _host.Connector.Script(200);
        await Connector.DeleteAsync(_host.Connector.ServiceUrl, Conversation, sent!);

        var calls = _host.Connector.Calls.ToArray();
        Assert.Equal("sent-1", sent);
        Assert.Equal(["POST", "POST", "PUT", "DELETE"], calls.Select(c => c.Method));
        Assert.All(calls, c => Assert.StartsWith("/v3/conversations/19%3Aabc%40thread.tacv2%3Bmessageid%3D1700000000000/activities", c.Path, StringComparison.Ordinal));
        Assert.EndsWith("/activities/1%3Areply%2Fto", calls[1].Path, StringComparison.Ordinal);
        Assert.EndsWith("/activities/sent-1", calls[2].Path, StringComparison.Ordinal);
        Assert.Equal("Hallo", (string?)calls[2].Body!["text"]);
        Assert.All(calls, c => Assert.Equal($"Bearer {BotHost.OutboundToken}", c.Authorization));
    }

    [Fact]
    public async Task CreateConversation_PostsTheParametersAndReturnsTheId()
    {
        var parameters = new JsonObject
        {
            ["isGroup"] = false,
            ["bot"] = new JsonObject { ["id"] = "28:" + BotHost.AppId },
            ["members"] = new JsonArray(new JsonObject { ["id"] = "29:user-1" }),
            ["tenantId"] = _host.Tenant.Value,
        };

        var id = await Connector.CreateConversationAsync(_host.Connector.ServiceUrl, parameters);

        var call = Assert.Single(_host.Connector.Calls);
        Assert.Equal(("POST", "/v3/conversations"), (call.Method, call.Path));
        Assert.Equal("29:user-1", (string?)call.Body!["members"]![0]!["id"]);
        Assert.Equal("sent-1", id);
    }

    [Fact]
    public async Task ConnectorError_CarriesStatusAndCode()
    {
        _host.Connector.Script(403);

        var error = await Assert.ThrowsAsync<ConnectorException>(() => Connector.SendAsync(_host.Connector.ServiceUrl, Conversation, new Activity { Type = "message" }));

        Assert.Equal(HttpStatusCode.Forbidden, error.Status);
        Assert.Equal("Throttled", error.Code);
        Assert.Single(_host.Connector.Calls); // 403 is not retried
    }

    [Fact]
    public async Task ServiceUrlOffTheList_ThrowsBeforeAnyCall()
    {
        var error = await Assert.ThrowsAsync<ConnectorException>(() => Connector.SendAsync("https://attacker.example/", Conversation, new Activity { Type = "message" }));

        Assert.Equal("ServiceUrlNotAllowed", error.Code);
        Assert.Equal(0, _host.Credential.Calls);
    }
}
