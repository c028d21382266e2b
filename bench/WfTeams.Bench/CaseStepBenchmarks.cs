using BenchmarkDotNet.Attributes;
using WfTeams.Core.Processes;
using WfTeams.Core.Runs;
using WfTeams.Core.Storage;
using WfTeams.Testing;

namespace WfTeams.Bench;

/// <summary>One step completion of a running case through CaseRunner on Azurite (read, decide, one transaction), uncontended.</summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 3, iterationCount: 15)]
public class CaseStepBenchmarks
{
    private Azurite _azurite = null!;
    private CaseRunner _runner = null!;
    private ProcessTemplate _template = null!;
    private CaseState _state = null!;

    [GlobalSetup]
    public async Task SetupAsync()
    {
        _azurite = await Azurite.StartAsync();
        var service = _azurite.CreateServiceClient();
        var templates = new TemplateStore(service);
        _runner = new CaseRunner(templates, new CaseStore(service), TimeProvider.System);
        _template = await CaseFactory.SampleAsync("ansiedlung");
        var tenant = new TenantId("bench-step");
        await templates.ImportAsync(tenant, _template);
        _state = ((CaseApplied)await _runner.StartAsync(CaseFactory.Start(tenant.Value, _template.Id))).State;
    }

    [GlobalCleanup]
    public async Task CleanupAsync() => await _azurite.DisposeAsync();

    [Benchmark(Description = "complete one step (load + decide + transaction)")]
    public async Task<int> CompleteStep()
    {
        var decision = _state.CurrentStepId == "standortbesichtigung" ? "andere-flaechen" : null;
        _state = ((CaseApplied)await _runner.ExecuteAsync(CaseFactory.Complete(_state, _template, decision))).State;
        return _state.Version;
    }
}
