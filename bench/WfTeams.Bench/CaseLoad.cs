using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using WfTeams.Core.Insights;
using WfTeams.Core.Processes;
using WfTeams.Core.Runs;
using WfTeams.Core.Storage;
using WfTeams.Testing;

namespace WfTeams.Bench;

/// <summary>
/// The load generator for issue 5's targets: N cases worked on at once, each by one colleague (or
/// several racing on the same card), step completions through CaseRunner on a real Azurite.
/// Reports p50/p99 server time per completion, completions (turns) per second, and lost updates:
/// every case's stored version and audit trail must account for exactly the completions that were
/// acknowledged. With <c>--projector</c> the figures' projector follows every change (as in the host) and the run also
/// reports its storage operations per completion and how far it lags behind at the end (events not yet in the figures).
/// Usage: dotnet run -c Release --project bench/WfTeams.Bench -- cases-load [--cases 50] [--seconds 20] [--racers 1] [--rate N] [--projector]
/// </summary>
public static class CaseLoad
{
    public static async Task<int> RunAsync(string[] args)
    {
        var cases = Option(args, "--cases", 50);
        var seconds = Option(args, "--seconds", 20);
        var racers = Option(args, "--racers", 1);
        var rate = Option(args, "--rate", 0);
        await using var azurite = await Azurite.StartAsync();
        var service = azurite.CreateServiceClient();
        var templates = new TemplateStore(service);
        var store = new CaseStore(service);
        var insights = args.Contains("--projector") ? new InsightStore(service) : null;
        var runner = new CaseRunner(templates, store, TimeProvider.System, insights is null ? null : new InsightProjector(insights));
        var tenant = new TenantId("bench-cases");
        var template = await CaseFactory.SampleAsync("ansiedlung");
        await templates.ImportAsync(tenant, template);

        var started = await Task.WhenAll(Enumerable.Range(0, cases).Select(i => runner.StartAsync(CaseFactory.Start(tenant.Value, template.Id, subject: $"Unternehmen {i}", conversation: "19:bench@thread.v2", shared: true))));
        var states = started.Cast<CaseApplied>().Select(a => a.State).ToArray();

        // Warm up JIT, connections and the snapshot cache; not measured.
        await RoundAsync(runner, template, states, racers, new ConcurrentBag<double>(), new int[cases], CancellationToken.None, rounds: 2, rate: 0);

        var applied = new int[cases];
        var operationsBefore = insights?.Operations ?? 0;
        var baseVersions = states.Select(s => s.Version).ToArray();
        var latencies = new ConcurrentBag<double>();
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(seconds));
        var clock = Stopwatch.StartNew();
        await RoundAsync(runner, template, states, racers, latencies, applied, stop.Token, rounds: int.MaxValue, rate);
        var elapsed = clock.Elapsed.TotalSeconds;

        var lost = 0;
        for (var i = 0; i < cases; i++)
        {
            var loaded = await store.LoadAsync(tenant, states[i].Id);
            var events = await store.EventsAsync(tenant, states[i].Id);
            var expected = baseVersions[i] + applied[i];
            if (loaded!.State.Version != expected || events.Count != expected || events.Select(e => e.Sequence).SequenceEqual(Enumerable.Range(1, expected)) is false)
            {
                lost++;
            }
        }

        var sorted = latencies.Order().ToArray();
        var total = applied.Sum();
        if (insights is not null)
        {
            var operations = insights.Operations - operationsBefore;
            var rows = await insights.ReadAllAsync(tenant, template.Id);
            var behind = 0;
            for (var i = 0; i < cases; i++)
            {
                var loaded = await store.LoadAsync(tenant, states[i].Id);
                var checkpoint = rows.TryGetValue(InsightRows.CaseKey(states[i].Id), out var row) ? InsightRows.ReadProgress(row).Sequence : 0;
                behind += loaded!.State.Version - checkpoint;
            }

            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"projector: storage operations={operations} per completion={(double)operations / Math.Max(1, total):F2} events not yet in the figures at the end={behind}"));
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"cases={cases} racers/case={racers} offered={(rate > 0 ? rate.ToString(CultureInfo.InvariantCulture) + "/s" : "as fast as possible")} seconds={elapsed:F1} completions={total} attempts={sorted.Length} turns/s={total / elapsed:F0} p50={Percentile(sorted, 0.50):F1} ms p99={Percentile(sorted, 0.99):F1} ms max={sorted[^1]:F1} ms cases-with-lost-updates={lost}"));
        return lost == 0 ? 0 : 1;
    }

    /// <summary>
    /// Each case's worker(s) complete the current step again and again; the Ansiedlung loops between site search
    /// and site visit. With a rate, completions are offered at that total rate (open loop), else back to back.
    /// </summary>
    private static async Task RoundAsync(CaseRunner runner, ProcessTemplate template, CaseState[] states, int racers, ConcurrentBag<double> latencies, int[] applied, CancellationToken stop, int rounds, int rate)
    {
        var interval = rate > 0 ? TimeSpan.FromSeconds((double)states.Length / rate) : TimeSpan.Zero;
        var start = Stopwatch.GetTimestamp();
        await Task.WhenAll(states.Select((_, i) => Task.Run(async () =>
        {
            var due = interval * i / states.Length;
            for (var round = 0; round < rounds && !stop.IsCancellationRequested; round++)
            {
                if (rate > 0)
                {
                    var wait = due - Stopwatch.GetElapsedTime(start);
                    if (wait > TimeSpan.Zero)
                    {
                        await Task.Delay(wait, CancellationToken.None);
                    }

                    due += interval;
                }

                var state = states[i];
                var decision = state.CurrentStepId == "standortbesichtigung" ? "andere-flaechen" : null;
                var attempts = await Task.WhenAll(Enumerable.Range(0, racers).Select(async r =>
                {
                    var command = CaseFactory.Complete(state, template, decision, actor: new Actor($"29:bench-{r}", $"Kollege {r}"));
                    var watch = Stopwatch.StartNew();
                    var outcome = await runner.ExecuteAsync(command);
                    latencies.Add(watch.Elapsed.TotalMilliseconds);
                    return outcome;
                }));
                var winners = attempts.OfType<CaseApplied>().ToList();
                if (winners.Count != 1 || attempts.Any(a => a is not (CaseApplied or CaseRefused { Refusal.Code: RefusalCode.Stale })))
                {
                    throw new InvalidOperationException($"Case {state.Id}: {winners.Count} winners of {racers}: {string.Join(", ", attempts.Select(a => a.GetType().Name))}");
                }

                Interlocked.Increment(ref applied[i]);
                states[i] = winners[0].State;
            }
        })));
    }

    private static double Percentile(double[] sorted, double p) => sorted.Length == 0 ? 0 : sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];

    private static int Option(string[] args, string name, int fallback)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? int.Parse(args[index + 1], CultureInfo.InvariantCulture) : fallback;
    }
}
