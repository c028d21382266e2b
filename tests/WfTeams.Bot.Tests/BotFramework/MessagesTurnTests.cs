using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using WfTeams.Testing;

namespace WfTeams.Bot.Tests.BotFramework;

/// <summary>What <c>POST /api/messages</c> does with an authenticated activity.</summary>
[Collection("Azurite")]
public sealed class MessagesTurnTests(AzuriteFixture azurite) : IDisposable
{
    private readonly BotHost _host = new(azurite);

    public void Dispose() => _host.Dispose();

    [Fact]
    public async Task RetriedActivity_TakesEffectOnce()
    {
        var message = _host.Message("hilfe", id: "1:retried-activity");

        var first = await _host.PostAsync(message, _host.Token());
        var retry = await _host.PostAsync(message, _host.Token());
        var other = await _host.PostAsync(_host.Message("help", id: "1:another-activity", locale: "en-US"), _host.Token());

        Assert.All([first, retry, other], response => Assert.Equal(HttpStatusCode.OK, response.StatusCode));
        var calls = await _host.Connector.WaitForAsync(2);
        Assert.Equal(2, (await _host.Connector.QuietAsync()).Length);
        Assert.Contains("How to work with me", calls.Single(c => c.Path.EndsWith("another-activity", StringComparison.Ordinal)).Json, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SameActivityIdInAnotherConversation_IsItsOwnActivity()
    {
        await _host.PostAsync(_host.Message("hilfe", id: "1:same", conversationId: "a:chat-a"), _host.Token());
        await _host.PostAsync(_host.Message("hilfe", id: "1:same", conversationId: "a:chat-b"), _host.Token());

        Assert.Equal(2, (await _host.Connector.WaitForAsync(2)).Length);
    }

    [Fact]
    public async Task Installation_IsWelcomedOncePerConversation()
    {
        var install = _host.Message("");
        install["type"] = "installationUpdate";
        install["action"] = "add";
        var added = _host.Message("");
        added["type"] = "conversationUpdate";
        added["membersAdded"] = new JsonArray(new JsonObject { ["id"] = "28:" + BotHost.AppId });

        await _host.PostAsync(install, _host.Token());
        await _host.PostAsync(added, _host.Token());
        added["id"] = "reloaded";
        await _host.PostAsync(added, _host.Token());

        await _host.Connector.WaitForAsync(1);
        var welcome = Assert.Single(await _host.Connector.QuietAsync());
        Assert.Contains("Willkommen bei WfTeams", welcome.Json, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UserJoiningAGroup_IsNotWelcomed()
    {
        var joined = _host.Message("");
        joined["type"] = "conversationUpdate";
        joined["membersAdded"] = new JsonArray(new JsonObject { ["id"] = "29:new-colleague" });

        Assert.Equal(HttpStatusCode.OK, (await _host.PostAsync(joined, _host.Token())).StatusCode);
        Assert.Empty(await _host.Connector.QuietAsync());
    }

    [Fact]
    public async Task MentionInAGroupChat_IsIgnoredWhenReadingTheCommand()
    {
        await _host.PostAsync(_host.Message("<at>WfTeams</at>&nbsp;Hilfe "), _host.Token());

        var call = Assert.Single(await _host.Connector.WaitForAsync(1));
        Assert.Contains("So arbeiten Sie mit mir", call.Json, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnknownText_IsAnsweredWithHelpAndTheProcessList()
    {
        await _host.PostAsync(_host.Message("Wie ist das Wetter heute"), _host.Token());

        var call = Assert.Single(await _host.Connector.WaitForAsync(1));
        Assert.True(call.Json.Contains("Das habe ich nicht verstanden: „Wie ist das Wetter heute“", StringComparison.Ordinal), call.Json);
        Assert.Contains("\"verb\":\"processes\"", call.Json, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnknownInvoke_Is501AndSendsNothing()
    {
        var invoke = _host.Message("");
        invoke["type"] = "invoke";
        invoke["name"] = "composeExtension/query";

        var response = await _host.PostAsync(invoke, _host.Token());

        Assert.Equal(HttpStatusCode.NotImplemented, response.StatusCode);
        Assert.Empty(await _host.Connector.QuietAsync());
    }

    [Fact]
    public async Task CardActionWithAnUnknownVerb_IsRefusedWithACard()
    {
        var invoke = _host.Message("");
        invoke["type"] = "invoke";
        invoke["name"] = "adaptiveCard/action";
        invoke["value"] = new JsonObject { ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = "selfDestruct", ["data"] = new JsonObject() } };

        var response = await _host.PostAsync(invoke, _host.Token());
        var body = await response.Content.ReadFromJsonAsync<JsonObject>();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(200, (int)body!["statusCode"]!);
        Assert.Equal("application/vnd.microsoft.card.adaptive", (string?)body["type"]);
        Assert.Contains("Diese Aktion kenne ich nicht", body["value"]!.ToJsonString(new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }), StringComparison.Ordinal);
        Assert.Empty(await _host.Connector.QuietAsync());
    }

    [Theory]
    [InlineData("{\"type\": \"message\", ")]
    [InlineData("[]")]
    [InlineData("{\"type\": \"message\", \"text\": \"hilfe\"}")]
    public async Task UnreadableOrIncompleteActivity_Is400(string json)
    {
        var response = await _host.PostAsync(new StringContent(json, Encoding.UTF8, "application/json"), _host.Token());

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Empty(await _host.Connector.QuietAsync());
    }

    [Fact]
    public async Task OversizedActivity_Is413()
    {
        var response = await _host.PostAsync(_host.Message(new string('x', 300 * 1024)), _host.Token());

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Empty(await _host.Connector.QuietAsync());
    }

    [Fact]
    public async Task ThrottledConnector_IsRetriedHonouringRetryAfter()
    {
        _host.Connector.Script(429, new() { ["Retry-After"] = "1" });
        _host.Connector.Script(502);

        await _host.PostAsync(_host.Message("hilfe"), _host.Token());

        var calls = await _host.Connector.WaitForAsync(3);
        Assert.Equal(3, calls.Length);
        Assert.All(calls, call => Assert.Equal(calls[0].Body!.ToJsonString(), call.Body!.ToJsonString()));
    }

    [Fact]
    public async Task OutboundToken_IsFetchedOnceAndReused()
    {
        for (var i = 0; i < 3; i++)
        {
            await _host.PostAsync(_host.Message("hilfe"), _host.Token());
        }

        await _host.Connector.WaitForAsync(3);
        Assert.Equal(1, _host.Credential.Calls);
    }

    [Fact]
    public async Task Head_AnswersTheProbe()
    {
        var response = await _host.Client.SendAsync(new HttpRequestMessage(HttpMethod.Head, "/api/messages"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public void Activity_UnknownPropertiesSurviveARoundTrip()
    {
        var json = """{"type":"message","id":"1","channelId":"msteams","text":"hi","entities":[{"type":"clientInfo","locale":"de-DE"}],"from":{"id":"29:a","userPrincipalName":"a@b.de"},"localTimezone":"Europe/Berlin"}""";

        var activity = JsonSerializer.Deserialize<WfTeams.Bot.BotFramework.Activity>(json, WfTeams.Bot.BotFramework.ActivityJson.Options);
        var written = JsonNode.Parse(JsonSerializer.Serialize(activity, WfTeams.Bot.BotFramework.ActivityJson.Options));

        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(json), written), written!.ToJsonString());
    }
}
