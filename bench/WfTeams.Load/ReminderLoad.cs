using System.Diagnostics;
using System.Globalization;
using Azure.Core;
using Azure.Data.Tables;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using WfTeams.Core.Processes;
using WfTeams.Core.Reminders;
using WfTeams.Core.Runs;
using WfTeams.Core.Storage;
using WfTeams.Testing;

/// <summary>
/// Issue 14's measurement: N overdue steps in M group chats → the time for one scheduler tick to find them (one
/// query per slice), record each reminder, and hand it through the host's messenger, outbound queue and connector
/// client to a loopback connector (each delivery awaited); then the cost of a tick with nothing due over many open
/// steps (filler rows in the due index). All on one in-memory Azurite.
/// dotnet run -c Release --project bench/WfTeams.Load -- reminders [steps=10000] [conversations=2000] [open=100000]
/// </summary>
internal static class ReminderLoad
{
    public static async Task<int> RunAsync(string[] args)
    {
        var steps = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 10_000;
        var conversations = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 2_000;
        var open = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 100_000;
        var tenant = new TenantId(Guid.NewGuid().ToString());

        await using var azurite = await Azurite.StartAsync();
        using var sink = new ConnectorSink();
        using var factory = LoadHost.Create(azurite.ConnectionString, new Dictionary<string, string>
        {
            ["Bot:AppId"] = "5f2d7c1e-8a4b-4c3d-9e6f-0a1b2c3d4e5f",
            ["Bot:TenantId"] = tenant.Value,
            ["Reminders:Enabled"] = "false", // the bench ticks by hand
        });
        var services = factory.Services;
        var service = services.GetRequiredService<TableServiceClient>();
        var cases = services.GetRequiredService<CaseStore>();
        var references = services.GetRequiredService<ConversationReferences>();
        var calendar = WorkingCalendar.Default;
        var time = new ManualTime(calendar.At(new DateOnly(2026, 11, 30), new TimeOnly(9, 0))); // a Monday
        var templates = new TemplateStore(service);
        var template = TemplateFactory.Minimal() with
        {
            Status = TemplateStatus.Released,
            Steps = [new ProcessStep { Id = "pruefen", Title = "Antrag prüfen", Responsible = "Sachbearbeitung", Duration = "P1D" }],
        };
        await templates.ImportAsync(tenant, template);

        var setup = Stopwatch.StartNew();
        await Parallel.ForEachAsync(Enumerable.Range(0, conversations), new ParallelOptions { MaxDegreeOfParallelism = 32 }, async (c, ct) =>
            await references.RememberConversationAsync(tenant, Chat(c), sink.ServiceUrl, ct));
        var runner = new CaseRunner(templates, cases, time);
        await Parallel.ForEachAsync(Enumerable.Range(0, steps), new ParallelOptions { MaxDegreeOfParallelism = 16 }, async (i, ct) =>
        {
            // A start is idempotent (the case id comes from the activity id): on a shared, overloaded machine Azurite may time out, so try again.
            for (var attempt = 1; ; attempt++)
            {
                try
                {
                    await runner.StartAsync(CaseFactory.Start(tenant.Value, template.Id, subject: $"Unternehmen {i}", conversation: Chat(i % conversations), shared: true) with { ActivityId = $"bench-{i}" }, ct);
                    return;
                }
                catch (StorageUnavailableException) when (attempt < 5)
                {
                    await Task.Delay(1000, ct);
                }
            }
        });
        Console.WriteLine($"setup: {steps:N0} cases in {conversations:N0} chats, {setup.Elapsed.TotalSeconds:N1} s");

        time.Now = time.Now.AddDays(1).AddHours(1); // Tuesday 10:00: every step overdue
        var scheduler = Scheduler(services, cases, references, tenant, time, "bench-a");
        var sent = Stopwatch.StartNew();
        var report = await scheduler.TickAsync();
        sent.Stop();
        var calls = sink.Calls.Count;
        Console.WriteLine($"overdue tick: found {report.Found:N0}, sent {report.Sent:N0}, not sent {report.NotSent}, {report.Queries} queries, {sent.Elapsed.TotalSeconds:N1} s ({report.Sent / sent.Elapsed.TotalSeconds:N0} reminders/s), connector calls {calls:N0}");

        var again = await scheduler.TickAsync();
        Console.WriteLine($"second tick at the same time: found {again.Found}, sent {again.Sent} (each reminder once)");

        // Open steps not yet due: filler rows in the due index, as many as open cases.
        var fill = Stopwatch.StartNew();
        var due = time.Now.AddDays(30).UtcTicks;
        var table = service.GetTableClient(DueSteps.TableName);
        await Parallel.ForEachAsync(Enumerable.Range(0, (open + 99) / 100), new ParallelOptions { MaxDegreeOfParallelism = 16 }, async (batch, ct) =>
        {
            var partition = DueSteps.Partition(tenant, batch % DueSteps.Slices);
            var rows = Enumerable.Range(batch * 100, Math.Min(100, open - (batch * 100)))
                .Select(i => new TableTransactionAction(TableTransactionActionType.UpsertReplace, new TableEntity(partition, string.Create(CultureInfo.InvariantCulture, $"{due + i:D19}|filler{i:D8}|Due|pruefen|1"))));
            await table.SubmitTransactionAsync(rows, ct);
        });
        Console.WriteLine($"filled {open:N0} open steps due later in {fill.Elapsed.TotalSeconds:N1} s");

        var idle = new List<double>();
        for (var i = 0; i < 10; i++)
        {
            time.Now = time.Now.AddMinutes(1);
            var tick = Stopwatch.StartNew();
            var quiet = await scheduler.TickAsync();
            idle.Add(tick.Elapsed.TotalMilliseconds);
            if (i == 0)
            {
                Console.WriteLine($"idle tick: {quiet.Queries} queries, found {quiet.Found}");
            }
        }

        idle.Sort();
        Console.WriteLine($"idle tick over {open + steps:N0} open steps: median {idle[idle.Count / 2]:N1} ms, max {idle[^1]:N1} ms (10 ticks)");
        return report.Sent == steps && again.Sent == 0 ? 0 : 1;
    }

    private static string Chat(int c) => string.Create(CultureInfo.InvariantCulture, $"19:chat-{c}@thread.v2");

    private static ReminderScheduler Scheduler(IServiceProvider services, CaseStore cases, ConversationReferences references, TenantId tenant, TimeProvider time, string holder) => new(
        cases,
        references,
        new TableLease(services.GetRequiredService<TableServiceClient>(), time),
        new ReminderLog(services.GetRequiredService<TableServiceClient>(), time),
        services.GetRequiredService<IProactiveMessenger>(),
        new ReminderSettings { Parallel = 64 },
        tenant,
        time,
        holder);
}
