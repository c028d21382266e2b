using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using WfTeams.Bot.Tests.BotFramework;
using WfTeams.Core.Capture;
using WfTeams.Core.Processes;
using WfTeams.Testing;

namespace WfTeams.Bot.Tests.Capture;

/// <summary>
/// A user capturing a process through <c>POST /api/messages</c>: messages and Action.Execute invokes over the real
/// protocol, counting turns (one message or one card submit each). Answers are taken from a template: each master-data
/// answer as its card shows it, each step as its card's inputs, so capturing a sample must give the sample back.
/// </summary>
public sealed class CaptureChat(BotHost host, string userId = "00000000-0000-0000-0000-0000000000e1", string userName = "Erika Mustermann", string conversationId = "a:personal-chat-1")
{
    public int Turns { get; private set; }

    public async Task<JsonObject> SayAsync(string text)
    {
        Turns++;
        var before = host.Connector.Calls.Count;
        var message = host.Message(text, conversationId: conversationId);
        From(message);
        Assert.Equal(HttpStatusCode.OK, (await host.PostAsync(message, host.Token())).StatusCode);
        return StepCards.Card((await host.Connector.WaitForAsync(before + 1))[before]);
    }

    public JsonObject Invoke(string verb, JsonObject data)
    {
        var invoke = host.Message("", conversationId: conversationId);
        From(invoke);
        invoke["type"] = "invoke";
        invoke["name"] = "adaptiveCard/action";
        invoke["value"] = new JsonObject { ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = verb, ["data"] = data.DeepClone() } };
        return invoke;
    }

    /// <summary>Clicks <paramref name="verb"/> on <paramref name="card"/> with <paramref name="inputs"/> typed; the card that replaces it.</summary>
    public async Task<JsonObject> ClickAsync(JsonObject card, string verb, JsonObject? inputs = null)
    {
        var data = StepCards.DataOf(card, verb);
        foreach (var (key, value) in inputs ?? [])
        {
            data[key] = value?.DeepClone();
        }

        return await SendAsync(verb, data);
    }

    public async Task<JsonObject> SendAsync(string verb, JsonObject data)
    {
        Turns++;
        var response = await host.PostAsync(Invoke(verb, data), host.Token());
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{verb}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        var body = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.Equal(200, (int)body["statusCode"]!);
        return body["value"]!.AsObject();
    }

    /// <summary>"neuen Prozess erfassen", every master-data card (one submit each, a card left empty skipped), every step; ends on the preview.</summary>
    public async Task<JsonObject> CaptureAsync(ProcessTemplate template)
    {
        var card = await SayAsync("neuen Prozess erfassen");
        for (var c = 0; c < MasterQuestions.Cards; c++)
        {
            var answers = new JsonObject();
            foreach (var question in MasterQuestions.OnCardOf(MasterQuestions.FirstOf(c)))
            {
                answers[question.Key] = question.Current(template);
            }

            card = answers.All(a => (string?)a.Value == "")
                ? await ClickAsync(card, "capture.skip")
                : await ClickAsync(card, "capture.answer", answers);
        }

        for (var i = 0; i < template.Steps.Count; i++)
        {
            var form = StepForm.Of(template.Steps[i], template);
            var inputs = new JsonObject();
            foreach (var input in StepForm.Inputs)
            {
                inputs[input] = form.Get(input);
            }

            if (i == template.Steps.Count - 1)
            {
                inputs["finish"] = true;
            }

            card = await ClickAsync(card, "capture.step", inputs);
        }

        return card;
    }

    public static string Text(JsonNode card) => card.ToJsonString(new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });

    private void From(JsonObject activity) =>
        activity["from"] = new JsonObject { ["id"] = "29:" + userId, ["name"] = userName, ["aadObjectId"] = userId };
}
