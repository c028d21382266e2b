using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using WfTeams.Core.Processes;
using WfTeams.Testing;

namespace WfTeams.Bot.Tests.BotFramework;

/// <summary>Guided cases through <c>POST /api/messages</c>: messages and Universal Actions over the real protocol.</summary>
[Collection("Azurite")]
public sealed class CaseProtocolTests(AzuriteFixture azurite) : IDisposable
{
    private static readonly JsonSerializerOptions Unescaped = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private readonly BotHost _host = new(azurite);
    private ProcessTemplate _ansiedlung = null!;

    public void Dispose() => _host.Dispose();

    private async Task<JsonObject> StartAnsiedlungAsync(string conversationId = "a:personal-chat-1")
    {
        _ansiedlung = await CaseFactory.SampleAsync("ansiedlung");
        await azurite.Store.ImportAsync(_host.Tenant, _ansiedlung);

        var before = _host.Connector.Calls.Count;
        var start = _host.Message("<at>WfTeams</at> starte Ansiedlung für Muster GmbH", conversationId: conversationId);
        if (conversationId.StartsWith("19:", StringComparison.Ordinal))
        {
            start["conversation"]!["conversationType"] = "groupChat";
            start["conversation"]!["isGroup"] = true;
        }

        Assert.Equal(HttpStatusCode.OK, (await _host.PostAsync(start, _host.Token())).StatusCode);
        return StepCards.Card((await _host.Connector.WaitForAsync(before + 1))[before]);
    }

    [Fact]
    public async Task AnsiedlungCase_RunsToTheEndWithDecisionsAndLoops()
    {
        var card = await StartAnsiedlungAsync();
        // Standortsuche: first no site (→ alternatives, found one → back to the search: a loop), then yes;
        // Genehmigung: documents incomplete once (→ request them → back again: a second loop).
        var decisions = new Dictionary<string, Queue<string>>
        {
            ["standortsuche"] = new(["nein", "ja"]),
            ["alternativen-pruefen"] = new(["ja"]),
            ["standortbesichtigung"] = new(["ja"]),
            ["genehmigungsbegleitung"] = new(["nein", "ja"]),
        };
        var visited = new List<string>();

        for (var turn = 0; turn < 30 && StepCards.Actions(card).Any(a => (string?)a["verb"] == "complete"); turn++)
        {
            var data = Complete(card, decisions);
            visited.Add((string)data["stepId"]!);
            var before = _host.Connector.Calls.Count;

            var answer = await InvokeAsync("complete", data);

            Assert.Contains("Erledigt von Erika Mustermann", Text(answer), StringComparison.Ordinal);
            card = StepCards.Card((await _host.Connector.WaitForAsync(before + 1))[before]);
        }

        Assert.Equal(
            ["anfrage-erfassen", "bedarf-klaeren", "standortsuche", "alternativen-pruefen", "standortsuche", "standortbesichtigung", "foerderberatung",
             "genehmigungsbegleitung", "unterlagen-nachfordern", "genehmigungsbegleitung", "vertrag", "nachbetreuung", "abschluss"],
            visited);
        Assert.Contains("Vorgang abgeschlossen", Text(card), StringComparison.Ordinal);
    }

    [Fact]
    public async Task RetriedCompletion_TakesEffectOnce()
    {
        var card = await StartAnsiedlungAsync();
        var data = Complete(card, []);
        var invoke = Invoke("complete", data);

        var first = await _host.PostAsync(invoke, _host.Token());
        var retry = await _host.PostAsync(invoke, _host.Token());

        Assert.Equal(HttpStatusCode.OK, retry.StatusCode);
        Assert.Equal(Text(await Body(first)), Text(await Body(retry)));
        await _host.PostAsync(_host.Message("status"), _host.Token());
        var calls = await _host.Connector.WaitForAsync(4);
        Assert.Contains("1 von 12 Schritten erledigt", calls[^1].Json, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TwentyColleaguesCompletingAtOnce_OneTransition()
    {
        var card = await StartAnsiedlungAsync("19:team-chat@thread.v2");
        var data = Complete(card, []);

        var answers = await Task.WhenAll(Enumerable.Range(0, 20).Select(async i =>
        {
            var invoke = Invoke("complete", data, conversationId: "19:team-chat@thread.v2");
            invoke["conversation"]!["conversationType"] = "groupChat";
            invoke["conversation"]!["isGroup"] = true;
            invoke["from"] = new JsonObject { ["id"] = $"29:colleague-{i}", ["name"] = $"Kollegin {i}", ["aadObjectId"] = $"00000000-0000-0000-0000-{i:D12}" };
            return Text(await Body(await _host.PostAsync(invoke, _host.Token())));
        }));

        Assert.True(answers.Count(a => a.Contains("Erledigt von Kollegin", StringComparison.Ordinal)) == 1, answers[0]);
        Assert.Equal(19, answers.Count(a => a.Contains("Dieser Schritt wurde bereits von Kollegin", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task StepCardInAGroupChat_OffersTheMembersToAssignAndAsksTheConnectorOnce()
    {
        _host.Connector.Members =
        [
            new JsonObject { ["id"] = "29:erika", ["name"] = "Erika Mustermann", ["aadObjectId"] = "00000000-0000-0000-0000-0000000000e1" },
            new JsonObject { ["id"] = "29:berta", ["name"] = "Berta Beispiel", ["aadObjectId"] = "00000000-0000-0000-0000-0000000000b2" },
            new JsonObject { ["id"] = "28:" + BotHost.AppId, ["name"] = "WfTeams" },
        ];
        var card = await StartAnsiedlungAsync("19:team-chat@thread.v2");
        var data = StepCards.DataOf(card, "complete");

        var invoke = Invoke("complete", data, conversationId: "19:team-chat@thread.v2");
        invoke["conversation"]!["conversationType"] = "groupChat";
        var first = Text(await Body(await _host.PostAsync(invoke, _host.Token())));
        var second = Text(await Body(await _host.PostAsync(invoke, _host.Token())));

        Assert.Contains("\"value\":\"00000000-0000-0000-0000-0000000000b2|Berta Beispiel\"", first, StringComparison.Ordinal);
        Assert.DoesNotContain("|WfTeams", first, StringComparison.Ordinal);
        Assert.Contains("Berta Beispiel", second, StringComparison.Ordinal);
        Assert.Single(_host.Connector.Calls, c => c.Method == "GET");
    }

    [Fact]
    public async Task ActionOnAnotherTenantsCase_IsRefusedAndChangesNothing()
    {
        var card = await StartAnsiedlungAsync();
        var data = Complete(card, []);
        using var other = new BotHost(azurite);

        var invoke = other.Message("");
        invoke["type"] = "invoke";
        invoke["name"] = "adaptiveCard/action";
        invoke["value"] = new JsonObject { ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = "complete", ["data"] = data } };
        var answer = Text(await Body(await other.PostAsync(invoke, other.Token())));

        Assert.DoesNotContain("Erledigt", answer, StringComparison.Ordinal);
        await _host.PostAsync(_host.Message("status"), _host.Token());
        var calls = await _host.Connector.WaitForAsync(2);
        Assert.Contains("0 von 12 Schritten erledigt", calls[^1].Json, StringComparison.Ordinal);
    }

    private JsonObject Complete(JsonObject card, Dictionary<string, Queue<string>> decisions)
    {
        var stepId = (string?)StepCards.DataOf(card, "complete")["stepId"];
        return StepCards.Completed(card, _ansiedlung, decisions.TryGetValue(stepId!, out var next) && next.Count > 0 ? next.Dequeue() : null);
    }

    private JsonObject Invoke(string verb, JsonObject data, string conversationId = "a:personal-chat-1")
    {
        var invoke = _host.Message("", conversationId: conversationId);
        invoke["type"] = "invoke";
        invoke["name"] = "adaptiveCard/action";
        invoke["value"] = new JsonObject { ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = verb, ["data"] = data.DeepClone() } };
        return invoke;
    }

    private async Task<JsonObject> InvokeAsync(string verb, JsonObject data)
    {
        var response = await _host.PostAsync(Invoke(verb, data), _host.Token());
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await Body(response);
        Assert.Equal(("application/vnd.microsoft.card.adaptive", 200), ((string?)body["type"], (int)body["statusCode"]!));
        return body["value"]!.AsObject();
    }

    private static async Task<JsonObject> Body(HttpResponseMessage response) => (await response.Content.ReadFromJsonAsync<JsonObject>())!;

    private static string Text(JsonNode node) => node.ToJsonString(Unescaped);
}
