using BenchmarkDotNet.Attributes;
using WfTeams.Core.Documents;
using WfTeams.Core.Processes;
using WfTeams.Core.Runs;
using WfTeams.Testing;

namespace WfTeams.Bench;

/// <summary>
/// One case report (Fallbericht) to a complete .docx in memory, single-threaded: a finished Ansiedlung
/// case (every step with its data, one skipped) and a finished 500-step case.
/// </summary>
[MemoryDiagnoser]
[MinColumn]
[SimpleJob(launchCount: 1, warmupCount: 5, iterationCount: 30)]
public class CaseReportBenchmarks
{
    private (CaseState State, ProcessTemplate Template) _ansiedlung;
    private (CaseState State, ProcessTemplate Template) _large;

    [GlobalSetup]
    public async Task SetupAsync()
    {
        var sample = await CaseFactory.SampleAsync("ansiedlung");
        _ansiedlung = (CaseWalk.Walk(sample, skipAt: 1), sample);
        var large = TemplateFactory.Large(500);
        _large = (CaseWalk.Walk(large), large);
    }

    [Benchmark(Description = "case report: finished Ansiedlung case (de)")]
    public byte[] Ansiedlung() => CaseReportDocument.Create(_ansiedlung.State, _ansiedlung.Template);

    [Benchmark(Description = "case report: finished 500-step case")]
    public byte[] Large() => CaseReportDocument.Create(_large.State, _large.Template);
}
