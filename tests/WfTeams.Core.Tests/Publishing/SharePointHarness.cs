using Microsoft.Graph;
using WfTeams.Core.Documents;
using WfTeams.Core.Processes;
using WfTeams.Core.Publishing;
using WfTeams.Core.Storage;
using WfTeams.Testing;

namespace WfTeams.Core.Tests.Publishing;

/// <summary>The real Graph SDK against <see cref="GraphFake"/>, the publisher on Azurite, one tenant per harness.</summary>
internal sealed class SharePointHarness : IDisposable
{
    private readonly AzuriteFixture _storage;

    public SharePointHarness(AzuriteFixture storage, Func<SharePointOptions, SharePointOptions>? configure = null, long? uploadLimit = null, int? sliceBytes = null)
    {
        _storage = storage;
        Options = new SharePointOptions { SiteId = GraphFake.SiteId, Library = GraphFake.LibraryName, Folder = GraphFake.FolderName };
        Options = configure?.Invoke(Options) ?? Options;
        Http = SharePointOptions.CreateHttpClient();
        Library = new SharePointLibrary(new GraphServiceClient(Http, new GraphTestToken(), Graph.GraphUrl), Http, Options)
        {
            UploadLimit = uploadLimit ?? SharePointLibrary.SimpleUploadLimit,
            SliceBytes = sliceBytes ?? SharePointLibrary.SliceSize,
        };
        Marks = new PublishMarks(storage.Server.CreateServiceClient());
        Publisher = new HandbookPublisher(storage.Store, Marks, Library, _ => Task.FromResult(new DocumentOptions()), TimeProvider.System);
    }

    public GraphFake Graph { get; } = new();

    public SharePointOptions Options { get; }

    public HttpClient Http { get; }

    public SharePointLibrary Library { get; }

    public PublishMarks Marks { get; }

    public HandbookPublisher Publisher { get; }

    public TenantId Tenant { get; } = AzuriteFixture.NewTenant();

    public static ProcessTemplate Released(string id = "ansiedlung", int version = 1, string name = "Ansiedlung") =>
        TemplateFactory.Minimal(id, version) with
        {
            Name = name,
            Status = TemplateStatus.Released,
            Code = "KP-01",
            Category = ProcessCategory.Core,
            Owner = "Teamleitung Ansiedlung",
            ChangeHistory = [new ChangeEntry { Version = version, Date = new DateOnly(2026, 3, 1).AddDays(version), Author = "A. Muster", Change = "Freigabe" }],
        };

    public async Task<ProcessTemplate> ImportAsync(ProcessTemplate template)
    {
        await _storage.Store.ImportAsync(Tenant, template);
        return template;
    }

    public void Dispose()
    {
        Http.Dispose();
        Graph.Dispose();
    }
}
