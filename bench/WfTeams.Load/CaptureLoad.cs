using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Azure.Core;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using WfTeams.Core.Capture;
using WfTeams.Testing;

/// <summary>
/// Capture in chat under load (issue 13): N users at once each capture the Bestandskundenbetreuung sample through
/// POST /api/messages (a message, then one Action.Execute invoke per answer, as CaptureChat in the tests); the time of
/// each answer is the invoke's round trip over loopback HTTP, which answers with the next card after its one
/// ETag-guarded write to Azurite.
/// dotnet run -c Release --project bench/WfTeams.Load -- capture [users=50] [rounds=2] [think-ms=0]
/// With think-ms each user reads a card for that long (±50 %) before answering, as people do; 0 is a closed loop, where
/// the time per answer is mostly the queue of the 50 answers in flight on the machine's cores.
/// </summary>
internal static class CaptureLoad
{
    public static async Task<int> RunAsync(string[] args)
    {
        var users = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 50;
        var rounds = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 2;
        var think = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 0;
        const string AppId = "5f2d7c1e-8a4b-4c3d-9e6f-0a1b2c3d4e5f";
        var tenant = Guid.NewGuid().ToString();
        var sample = await CaseFactory.SampleAsync("bestandskundenbetreuung");

        await using var azurite = await Azurite.StartAsync();
        using var openId = new OpenIdServer();
        using var sink = new ConnectorSink();
        using var factory = LoadHost.Create(azurite.ConnectionString, new Dictionary<string, string>
        {
            ["Bot:AppId"] = AppId,
            ["Bot:TenantId"] = tenant,
            ["Bot:OpenIdMetadataUrl"] = openId.MetadataUrl,
        });
        factory.UseKestrel();
        factory.StartServer();
        using var client = factory.CreateClient();
        var token = openId.Token(AppId, sink.ServiceUrl);

        JsonObject Activity(int user, string type) => new()
        {
            ["type"] = type,
            ["id"] = Guid.NewGuid().ToString("N"),
            ["serviceUrl"] = sink.ServiceUrl,
            ["channelId"] = "msteams",
            ["from"] = new JsonObject { ["id"] = $"29:user-{user}", ["name"] = "Last Test", ["aadObjectId"] = $"00000000-0000-0000-0000-{user:D12}" },
            ["conversation"] = new JsonObject { ["id"] = $"a:capture-{user}", ["tenantId"] = tenant },
            ["recipient"] = new JsonObject { ["id"] = "28:" + AppId },
            ["locale"] = "de-DE",
        };

        async Task<(double Ms, JsonObject? Card)> PostAsync(JsonObject activity)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages") { Content = JsonContent.Create(activity) };
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
            var started = Stopwatch.GetTimestamp();
            using var response = await client.SendAsync(request);
            var body = await response.Content.ReadAsStringAsync();
            var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            return response.IsSuccessStatusCode
                ? (elapsed, body.Length > 0 ? JsonNode.Parse(body)?["value"]?.AsObject() : null)
                : throw new InvalidOperationException($"answered {(int)response.StatusCode}");
        }

        async Task<JsonObject> StartAsync(int user, int round)
        {
            var message = Activity(user, "message");
            message["text"] = "neuen Prozess erfassen";
            message["conversation"]!["id"] = $"a:capture-{user}-{round}";
            await PostAsync(message);
            // The first question is sent to this round's conversation; its draft id is what the interview needs.
            for (var i = 0; i < 500; i++)
            {
                if (sink.Calls.FirstOrDefault(c => c.Path.Contains($"a:capture-{user}-{round}", StringComparison.Ordinal) || c.Path.Contains(Uri.EscapeDataString($"a:capture-{user}-{round}"), StringComparison.Ordinal)) is { } call)
                {
                    return StepCards.Card(call);
                }

                await Task.Delay(20);
            }

            throw new InvalidOperationException("no first question");
        }

        async Task InterviewAsync(int user, int round, List<double> times)
        {
            var card = await StartAsync(user, round);
            async Task ClickAsync(string verb, JsonObject inputs)
            {
                if (think > 0 && user >= 0)
                {
                    await Task.Delay(think / 2 + Random.Shared.Next(think + 1));
                }

                var data = StepCards.DataOf(card, verb);
                foreach (var (key, value) in inputs)
                {
                    data[key] = value?.DeepClone();
                }

                var invoke = Activity(user, "invoke");
                invoke["name"] = "adaptiveCard/action";
                invoke["value"] = new JsonObject { ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = verb, ["data"] = data } };
                var (ms, next) = await PostAsync(invoke);
                times.Add(ms);
                card = next ?? throw new InvalidOperationException("no card");
            }

            for (var c = 0; c < MasterQuestions.Cards; c++)
            {
                var answers = new JsonObject();
                foreach (var question in MasterQuestions.OnCardOf(MasterQuestions.FirstOf(c)))
                {
                    answers[question.Key] = question.Current(sample);
                }

                await ClickAsync(answers.All(a => (string?)a.Value == "") ? "capture.skip" : "capture.answer", answers);
            }

            for (var i = 0; i < sample.Steps.Count; i++)
            {
                var form = StepForm.Of(sample.Steps[i], sample);
                var inputs = new JsonObject();
                foreach (var input in StepForm.Inputs)
                {
                    inputs[input] = form.Get(input);
                }

                inputs["finish"] = i == sample.Steps.Count - 1;
                await ClickAsync("capture.step", inputs);
            }

            if (!card.ToJsonString().Contains("capture.submit", StringComparison.Ordinal))
            {
                throw new InvalidOperationException("the interview did not end on a preview ready for review");
            }
        }

        // Warm-up: one interview alone (JIT, tables).
        await InterviewAsync(-1, 0, []);

        var times = new List<double>[users];
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, users).Select(u => Task.Run(async () =>
        {
            var mine = times[u] = [];
            for (var r = 0; r < rounds; r++)
            {
                await InterviewAsync(u, r, mine);
            }
        })));
        var elapsed = clock.Elapsed.TotalSeconds;
        var all = times.SelectMany(t => t).Order().ToArray();
        double Percentile(double p) => all[Math.Min(all.Length - 1, (int)Math.Ceiling(p * all.Length) - 1)];
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"""
            concurrent interviews {users} × {rounds} rounds (Bestandskundenbetreuung, {MasterQuestions.Cards + sample.Steps.Count} answers each), think time {think} ms
            answers               {all.Length} in {elapsed:F1} s ({all.Length / elapsed:F0} per second)
            time per answer p50   {Percentile(0.50):F2} ms
            time per answer p99   {Percentile(0.99):F2} ms
            time per answer max   {all[^1]:F2} ms
            """));
        return 0;
    }
}
