using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using WfTeams.Core.Runs;
using WfTeams.Testing;
using static WfTeams.Testing.CaseFactory;

namespace WfTeams.Core.Tests.Runs;

/// <summary>The case counters count stored changes once, tagged with the hashed template id only.</summary>
[Collection("Azurite")]
public sealed class CaseMetricsTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task StartCompleteCancel_AndARetriedStart_CountEachChangeOnce()
    {
        var tenant = AzuriteFixture.NewTenant();
        var template = await SampleAsync("ansiedlung");
        await azurite.Store.ImportAsync(tenant, template);
        var runner = new CaseRunner(azurite.Store, new CaseStore(azurite.Server.CreateServiceClient()), TimeProvider.System);
        var measured = new ConcurrentQueue<(string Instrument, long Value, string Tags)>();
        using var listener = new MeterListener
        {
            InstrumentPublished = (instrument, l) =>
            {
                if (instrument.Meter.Name == CaseMetrics.MeterName && instrument.Name.StartsWith("wfteams.", StringComparison.Ordinal))
                {
                    l.EnableMeasurementEvents(instrument);
                }
            },
        };
        listener.SetMeasurementEventCallback<long>((instrument, value, tags, _) =>
            measured.Enqueue((instrument.Name, value, string.Join(",", tags.ToArray().Select(t => $"{t.Key}={t.Value}")))));
        listener.Start();

        var start = Start(tenant.Value, template.Id, subject: "Muster Metrik GmbH");
        var started = Assert.IsType<CaseApplied>(await runner.StartAsync(start));
        Assert.True(Assert.IsType<CaseApplied>(await runner.StartAsync(start)).Duplicate);
        var completed = Assert.IsType<CaseApplied>(await runner.ExecuteAsync(Complete(started.State, template)));
        Assert.IsType<CaseApplied>(await runner.ExecuteAsync(On(new CancelCase { Tenant = "", Actor = Anna, ActivityId = "", CaseId = "", Reason = "Muster Metrik zieht weg" }, completed.State)));
        listener.Dispose();

        var ours = measured.Where(m => m.Tags == "wfteams.template=" + CaseMetrics.Hash(template.Id)).ToList();
        Assert.Equal(1, ours.Where(m => m.Instrument == "wfteams.cases.started").Sum(m => m.Value));
        Assert.Equal(1, ours.Where(m => m.Instrument == "wfteams.steps.completed").Sum(m => m.Value));
        Assert.Equal(1, ours.Where(m => m.Instrument == "wfteams.cases.cancelled").Sum(m => m.Value));
        Assert.Equal(0, ours.Where(m => m.Instrument == "wfteams.cases.finished").Sum(m => m.Value));
        Assert.DoesNotContain(measured, m => m.Tags.Contains("Muster", StringComparison.Ordinal) || m.Tags.Contains(template.Id, StringComparison.Ordinal));
    }

    [Fact]
    public void Hash_OfAnId_IsSixteenHexDigitsOfSha256() =>
        Assert.Equal("2cf24dba5fb0a30e", CaseMetrics.Hash("hello"));
}
