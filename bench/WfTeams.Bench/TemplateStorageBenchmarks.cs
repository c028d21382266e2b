using BenchmarkDotNet.Attributes;
using WfTeams.Core.Processes;
using WfTeams.Core.Storage;
using WfTeams.Testing;

namespace WfTeams.Bench;

/// <summary>
/// Issue 2's targets against a real Azurite on loopback: validate + import + read back a 500-step
/// template (&lt; 150 ms), list 1,000 templates (&lt; 100 ms).
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 3, iterationCount: 15)]
public class TemplateStorageBenchmarks
{
    private Azurite _azurite = null!;
    private TemplateStore _store = null!;
    private readonly TenantId _roundTripTenant = new("bench-roundtrip");
    private readonly TenantId _listTenant = new("bench-list");
    private byte[] _largeJson = [];
    private int _version;

    [GlobalSetup]
    public async Task SetupAsync()
    {
        _azurite = await Azurite.StartAsync();
        _store = new TemplateStore(_azurite.CreateServiceClient());
        _largeJson = TemplateJson.SerializeToUtf8Bytes(TemplateFactory.Large(500));
        var small = TemplateFactory.Large(9);
        await Parallel.ForEachAsync(Enumerable.Range(0, 1000), new ParallelOptions { MaxDegreeOfParallelism = 8 },
            async (i, token) => await _store.ImportAsync(_listTenant, small with { Id = $"prozess-{i:D4}" }, token));
    }

    [GlobalCleanup]
    public async Task CleanupAsync() => await _azurite.DisposeAsync();

    [Benchmark(Description = "validate 500-step JSON (no I/O)")]
    public ProcessTemplate Validate500() => TemplateFile.Check(_largeJson).Template!;

    [Benchmark(Description = "validate + import + read back, 500 steps")]
    public async Task<ProcessTemplate> RoundTrip500()
    {
        var template = TemplateFile.Check(_largeJson).Template! with { Version = ++_version };
        await _store.ImportAsync(_roundTripTenant, template);
        return (await _store.GetAsync(_roundTripTenant, template.Id, template.Version))!;
    }

    [Benchmark(Description = "list 1,000 templates")]
    public async Task<int> List1000() => (await _store.ListAsync(_listTenant)).Count;
}
