using BenchmarkDotNet.Attributes;
using WfTeams.Core.Modelling;
using WfTeams.Core.Processes;
using WfTeams.Core.Storage;
using WfTeams.Testing;

namespace WfTeams.Bench;

/// <summary>
/// Issue 18's targets: BPMN export (layout + XML) and import (parse, resolve, validate) of a 500-step template
/// in ≤ 50 ms each; the SVG diagram of the Ansiedlung sample for its size. Run in-process on a busy machine:
/// <c>dotnet bench/WfTeams.Bench/bin/Release/net10.0/WfTeams.Bench.dll --filter '*Bpmn*' --inProcess --iterationCount 20 --warmupCount 3</c>.
/// </summary>
[MemoryDiagnoser]
[MinColumn]
public class BpmnBenchmarks
{
    private ProcessTemplate _sample = null!;
    private ProcessTemplate _large = null!;
    private byte[] _largeBpmn = null!;
    private byte[] _largeJson = null!;

    [GlobalSetup]
    public async Task SetupAsync()
    {
        _sample = (await TemplateFile.LoadAsync(Path.Combine(Azurite.RepositoryRoot(), "samples", "ansiedlung.json"))).Template!;
        _large = TemplateFactory.Large(500);
        _largeBpmn = BpmnExport.Write(_large);
        _largeJson = TemplateJson.SerializeToUtf8Bytes(_large);
        Console.WriteLine($"// BPMN 500 steps: {_largeBpmn.Length:N0} bytes; Ansiedlung BPMN: {BpmnExport.Write(_sample).Length:N0} bytes, SVG: {DiagramSvg.Write(_sample).Length:N0} bytes");
    }

    [Benchmark(Description = "BPMN export: 500 steps")]
    public byte[] ExportLarge() => BpmnExport.Write(_large);

    [Benchmark(Description = "BPMN import: 500 steps")]
    public ProcessTemplate ImportLarge() => BpmnImport.Read(_largeBpmn, "large.bpmn").Template;

    /// <summary>The same work as TemplateStorageBenchmarks' validation (16.6 ms on a quiet machine): a yardstick for a loaded one.</summary>
    [Benchmark(Description = "reference: validate 500-step JSON")]
    public ProcessTemplate ValidateLarge() => TemplateFile.Check(_largeJson).Template!;

    [Benchmark(Description = "BPMN export: Ansiedlung sample")]
    public byte[] ExportSample() => BpmnExport.Write(_sample);

    [Benchmark(Description = "SVG diagram: Ansiedlung sample")]
    public byte[] SvgSample() => DiagramSvg.Write(_sample);
}
