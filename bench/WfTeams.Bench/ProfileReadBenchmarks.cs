using System.Globalization;
using BenchmarkDotNet.Attributes;
using WfTeams.Core.Documents;
using WfTeams.Core.Processes;
using WfTeams.Core.Storage;
using WfTeams.Testing;

namespace WfTeams.Bench;

/// <summary>
/// Issue 10's targets: reading an edited Prozesssteckbrief back (upload checks, controls, changes,
/// validation) in ≤ 5 ms for the Ansiedlung sample and ≤ 100 ms for a 500-step template.
/// "unchanged" is a profile as made; "edited" has one title changed, so the edited template is
/// built and validated too.
/// </summary>
[MemoryDiagnoser]
[MinColumn]
[SimpleJob(launchCount: 1, warmupCount: 5, iterationCount: 30)]
public class ProfileReadBenchmarks
{
    private static readonly CultureInfo German = CultureInfo.GetCultureInfo("de");
    private ProcessTemplate _sample = null!;
    private ProcessTemplate _large = null!;
    private byte[] _sampleDocx = null!;
    private byte[] _sampleEdited = null!;
    private byte[] _largeDocx = null!;
    private byte[] _largeEdited = null!;

    [GlobalSetup]
    public async Task SetupAsync()
    {
        _sample = (await TemplateFile.LoadAsync(Path.Combine(Azurite.RepositoryRoot(), "samples", "ansiedlung.json"))).Template!;
        _large = TemplateFactory.Large(500);
        _sampleDocx = ProfileDocument.Create(_sample);
        _largeDocx = ProfileDocument.Create(_large);

        // The same edit a user makes in Word, made by making the profile of an edited template.
        _sampleEdited = ProfileDocument.Create(_sample with { Steps = [.. _sample.Steps.Select((s, i) => i == 2 ? s with { Title = "Standort suchen" } : s)] });
        _largeEdited = ProfileDocument.Create(_large with { Steps = [.. _large.Steps.Select((s, i) => i == 250 ? s with { Title = "Geändert" } : s)] });
    }

    [Benchmark(Description = "read back: Ansiedlung profile, unchanged")]
    public ProfileReading Sample() => ProfileReader.Read(ProfileUpload.Open(_sampleDocx), _sample, German);

    [Benchmark(Description = "read back: Ansiedlung profile, one title edited")]
    public ProfileReading SampleEdited() => ProfileReader.Read(ProfileUpload.Open(_sampleEdited), _sample, German);

    [Benchmark(Description = "read back: 500-step profile, unchanged")]
    public ProfileReading Large() => ProfileReader.Read(ProfileUpload.Open(_largeDocx), _large, German);

    [Benchmark(Description = "read back: 500-step profile, one title edited")]
    public ProfileReading LargeEdited() => ProfileReader.Read(ProfileUpload.Open(_largeEdited), _large, German);
}
