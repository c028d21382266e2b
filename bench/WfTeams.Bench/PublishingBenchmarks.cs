using BenchmarkDotNet.Attributes;
using Microsoft.Graph;
using WfTeams.Core.Documents;
using WfTeams.Core.Processes;
using WfTeams.Core.Publishing;
using WfTeams.Core.Storage;
using WfTeams.Testing;

namespace WfTeams.Bench;

/// <summary>
/// Issue 12: publishing the released Ansiedlung sample end to end (profile, one PUT, list item, columns
/// PATCH, published mark on Azurite) against the loopback Graph (target ≤ 50 ms), and a 20 MB document
/// through an upload session (7 slices). The fake Graph runs in this process: its buffers count in Allocated.
/// </summary>
[MemoryDiagnoser]
[MinColumn]
[SimpleJob(launchCount: 1, warmupCount: 3, iterationCount: 20, invocationCount: 1)]
public class PublishingBenchmarks
{
    private Azurite _azurite = null!;
    private GraphFake _graph = null!;
    private HttpClient _http = null!;
    private SharePointLibrary _library = null!;
    private HandbookPublisher _publisher = null!;
    private ProcessTemplate _sample = null!;
    private TemplateStore _store = null!;
    private TenantId _tenant = null!;
    private byte[] _large = null!;

    [GlobalSetup]
    public async Task SetupAsync()
    {
        _azurite = await Azurite.StartAsync();
        _graph = new GraphFake();
        _http = SharePointOptions.CreateHttpClient();
        _library = new SharePointLibrary(new GraphServiceClient(_http, new GraphTestToken(), _graph.GraphUrl), _http,
            new SharePointOptions { SiteId = GraphFake.SiteId, Library = GraphFake.LibraryName, Folder = GraphFake.FolderName });
        _store = new TemplateStore(_azurite.CreateServiceClient());
        _publisher = new HandbookPublisher(_store, new PublishMarks(_azurite.CreateServiceClient()), _library, _ => Task.FromResult(new DocumentOptions()), TimeProvider.System);
        _sample = (await TemplateFile.LoadAsync(Path.Combine(Azurite.RepositoryRoot(), "samples", "ansiedlung.json"))).Template! with { Status = TemplateStatus.Released };
        _large = new byte[20 * 1000 * 1000];
        Random.Shared.NextBytes(_large);
        _tenant = new TenantId(Guid.NewGuid().ToString());
        await _store.ImportAsync(_tenant, _sample);
        await _publisher.PublishAsync(_tenant, _sample.Id); // site, library, list and folder looked up once
    }

    [IterationSetup(Target = nameof(PublishSample))]
    public void NewTenant()
    {
        _tenant = new TenantId(Guid.NewGuid().ToString());
        _store.ImportAsync(_tenant, _sample).GetAwaiter().GetResult();
    }

    [GlobalCleanup]
    public async Task CleanupAsync()
    {
        _http.Dispose();
        _graph.Dispose();
        await _azurite.DisposeAsync();
    }

    [Benchmark(Description = "publish: Ansiedlung sample end to end (loopback Graph, Azurite)")]
    public Task<PublishResult> PublishSample() => _publisher.PublishAsync(_tenant, _sample.Id);

    [Benchmark(Description = "upload: 20 MB through an upload session (7 slices)")]
    public Task<Microsoft.Graph.Models.DriveItem> UploadLarge() => _library.UploadAsync("folder-prozesse", "Groß.docx", new MemoryStream(_large, writable: false));
}
