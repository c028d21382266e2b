using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using WfTeams.Bot.Tests.BotFramework;
using WfTeams.Core.Cards;
using WfTeams.Core.Reminders;
using WfTeams.Core.Runs;

namespace WfTeams.Bot.Tests.Reminders;

/// <summary>Proactive messages through the real queue and connector client to a loopback connector: new chats, 403, 429, references from activities.</summary>
[Collection("Azurite")]
public sealed class ProactiveMessengerTests(AzuriteFixture azurite) : IDisposable
{
    private const string ErikaObjectId = "00000000-0000-0000-0000-0000000000e1";
    private readonly BotHost _host = new(azurite, new() { ["Reminders:Enabled"] = "false" });

    private IProactiveMessenger Messenger => _host.Services.GetRequiredService<IProactiveMessenger>();

    private ConversationReferences References => _host.Services.GetRequiredService<ConversationReferences>();

    private static JsonObject Card => AdaptiveCard.Create([AdaptiveCard.Text("Erinnerung")]);

    public void Dispose() => _host.Dispose();

    [Fact]
    public async Task MessageInPersonalChat_RemembersTheUsersChat()
    {
        var answer = await _host.PostAsync(_host.Message("hilfe"), _host.Token());
        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);

        var known = await References.FindUserAsync(_host.Tenant, ErikaObjectId);

        Assert.NotNull(known);
        Assert.Equal(("29:user-1", "a:personal-chat-1", _host.Connector.ServiceUrl), (known.TeamsUserId, known.ConversationId, known.ServiceUrl));
        Assert.True(known.Reachable);
    }

    [Fact]
    public async Task ErinnerungenAus_AnsweredAndKept_RemindersOnTurnsThemBackOn()
    {
        await _host.PostAsync(_host.Message("Erinnerungen aus"), _host.Token());
        var off = await _host.Connector.WaitForAsync(1);
        Assert.Contains("Erinnerungen sind ausgeschaltet", off[0].Json, StringComparison.Ordinal);
        Assert.True((await References.FindUserAsync(_host.Tenant, ErikaObjectId))!.RemindersOff);

        await _host.PostAsync(_host.Message("reminders on", locale: "en-US"), _host.Token());
        var on = await _host.Connector.WaitForAsync(2);
        Assert.Contains("Reminders are on", on[1].Json, StringComparison.Ordinal);
        Assert.False((await References.FindUserAsync(_host.Tenant, ErikaObjectId))!.RemindersOff);
    }

    [Fact]
    public async Task AssigneeTheBotNeverMet_PersonalChatCreatedThenCardSent()
    {
        await References.RememberConversationAsync(_host.Tenant, "19:vertrieb@thread.v2", _host.Connector.ServiceUrl);

        var delivery = await Messenger.ToUserAsync(_host.Tenant, new Actor("aad-ben", "Ben Yilmaz"), null, Card, CancellationToken.None);

        Assert.Equal(Delivery.Sent, delivery);
        var calls = await _host.Connector.WaitForAsync(2);
        Assert.Equal(("POST", "/v3/conversations"), (calls[0].Method, calls[0].Path));
        Assert.Equal("aad-ben", (string?)calls[0].Body!["members"]![0]!["id"]);
        Assert.Equal(_host.Tenant.Value, (string?)calls[0].Body!["tenantId"]);
        Assert.Equal("28:" + BotHost.AppId, (string?)calls[0].Body!["bot"]!["id"]);
        Assert.Equal(("POST", "/v3/conversations/sent-1/activities"), (calls[1].Method, calls[1].Path));
        Assert.Equal("Erinnerung", (string?)calls[1].Body!["attachments"]![0]!["content"]!["body"]![0]!["text"]);
        Assert.Equal("sent-1", (await References.FindUserAsync(_host.Tenant, "aad-ben"))!.ConversationId);
    }

    [Fact]
    public async Task Blocked403_MarkedUnreachable_NoRetryNoFurtherCalls_UntilTheUserWritesAgain()
    {
        await References.RememberUserAsync(_host.Tenant, "aad-anna", "29:anna", _host.Connector.ServiceUrl, "a:anna");
        _host.Connector.Script(403);

        var first = await Messenger.ToUserAsync(_host.Tenant, new Actor("aad-anna", "Anna"), null, Card, CancellationToken.None);
        var second = await Messenger.ToUserAsync(_host.Tenant, new Actor("aad-anna", "Anna"), null, Card, CancellationToken.None);

        Assert.Equal((Delivery.Unreachable, Delivery.Unreachable), (first, second));
        Assert.Single(await _host.Connector.QuietAsync());
        Assert.True((await References.FindUserAsync(_host.Tenant, "aad-anna"))!.Unreachable);

        await References.RememberUserAsync(_host.Tenant, "aad-anna", "29:anna", _host.Connector.ServiceUrl, "a:anna");
        Assert.Equal(Delivery.Sent, await Messenger.ToUserAsync(_host.Tenant, new Actor("aad-anna", "Anna"), null, Card, CancellationToken.None));
    }

    [Fact]
    public async Task Throttled429_RetryAfterHonoured_SentOnce()
    {
        await References.RememberUserAsync(_host.Tenant, "aad-anna", "29:anna", _host.Connector.ServiceUrl, "a:anna");
        _host.Connector.Script(429, new() { ["Retry-After"] = "1" });

        var delivery = await Messenger.ToUserAsync(_host.Tenant, new Actor("aad-anna", "Anna"), null, Card, CancellationToken.None);

        Assert.Equal(Delivery.Sent, delivery);
        var calls = await _host.Connector.QuietAsync();
        Assert.Equal(2, calls.Length);
        Assert.All(calls, c => Assert.Equal("/v3/conversations/a%3Aanna/activities", c.Path));
    }

    [Fact]
    public async Task CaseChatRemoved_ConversationMarkedUnreachable()
    {
        await References.RememberConversationAsync(_host.Tenant, "19:vertrieb@thread.v2", _host.Connector.ServiceUrl);
        _host.Connector.Script(403);

        Assert.Equal(Delivery.Unreachable, await Messenger.ToConversationAsync(_host.Tenant, "19:vertrieb@thread.v2", Card, CancellationToken.None));
        Assert.Equal(Delivery.Unreachable, await Messenger.ToConversationAsync(_host.Tenant, "19:vertrieb@thread.v2", Card, CancellationToken.None));
        Assert.Single(await _host.Connector.QuietAsync());
    }
}
