using BenchmarkDotNet.Attributes;
using WfTeams.Core.Documents;
using WfTeams.Core.Processes;
using WfTeams.Core.Storage;
using WfTeams.Testing;

namespace WfTeams.Bench;

/// <summary>
/// Issue 3's targets: one Prozesssteckbrief of the Ansiedlung sample in ≤ 3 ms with ≤ 1 MB
/// allocated, one of a 500-step template in ≤ 100 ms. Single-threaded, so documents per second on
/// one core are 1000 / mean (ms).
/// </summary>
[MemoryDiagnoser]
[MinColumn]
[SimpleJob(launchCount: 1, warmupCount: 5, iterationCount: 30)]
public class ProfileBenchmarks
{
    private ProcessTemplate _sample = null!;
    private ProcessTemplate _large = null!;
    private DocumentOptions _english = null!;
    private DocumentOptions _styled = null!;

    [GlobalSetup]
    public async Task SetupAsync()
    {
        _sample = (await TemplateFile.LoadAsync(Path.Combine(Azurite.RepositoryRoot(), "samples", "ansiedlung.json"))).Template!;
        _large = TemplateFactory.Large(500);
        _english = new DocumentOptions { Culture = System.Globalization.CultureInfo.GetCultureInfo("en") };
        _styled = new DocumentOptions { Design = CorporateDesign.FromBytes(ProfileDocument.Create(TemplateFactory.Minimal()), "design.docx") };
    }

    [Benchmark(Description = "profile: Ansiedlung sample (de)")]
    public byte[] Sample() => ProfileDocument.Create(_sample);

    [Benchmark(Description = "profile: Ansiedlung sample (en)")]
    public byte[] SampleEnglish() => ProfileDocument.Create(_sample, _english);

    [Benchmark(Description = "profile: Ansiedlung sample with a style file")]
    public byte[] SampleStyled() => ProfileDocument.Create(_sample, _styled);

    [Benchmark(Description = "profile: 500 steps")]
    public byte[] Large() => ProfileDocument.Create(_large);
}
