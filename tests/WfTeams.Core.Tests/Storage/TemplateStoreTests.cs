using System.Security.Cryptography;
using Azure.Data.Tables;
using WfTeams.Core.Processes;
using WfTeams.Core.Storage;
using WfTeams.Testing;

namespace WfTeams.Core.Tests.Storage;

[Collection("Azurite")]
public sealed class TemplateStoreTests(AzuriteFixture azurite)
{
    private readonly TemplateStore _store = azurite.Store;

    [Fact]
    public async Task Import_500StepTemplate_ExportsExactlyWhatWasImported()
    {
        var tenant = AzuriteFixture.NewTenant();
        var template = TemplateFactory.Large(500);

        Assert.Equal(ImportOutcome.Created, await _store.ImportAsync(tenant, template));
        var exported = await _store.GetAsync(tenant, template.Id, 1);

        Assert.Equal(TemplateJson.Serialize(template), TemplateJson.Serialize(exported!));
    }

    [Theory]
    [InlineData("ansiedlung.json")]
    [InlineData("bestandskundenbetreuung.json")]
    public async Task Import_Sample_ExportsExactlyTheFile(string name)
    {
        var tenant = AzuriteFixture.NewTenant();
        var (template, errors) = await TemplateFile.LoadAsync(Path.Combine(Azurite.RepositoryRoot(), "samples", name));
        Assert.Empty(errors);

        await _store.ImportAsync(tenant, template!);
        var exported = await _store.GetAsync(tenant, template!.Id);

        Assert.Equal(TemplateJson.Serialize(template), TemplateJson.Serialize(exported!));
    }

    [Fact]
    public async Task Import_SameContentAgain_ChangesNothing()
    {
        var tenant = AzuriteFixture.NewTenant();
        var template = TemplateFactory.Minimal();
        await _store.ImportAsync(tenant, template);
        var head = await _store.GetHeadAsync(tenant, template.Id);

        Assert.Equal(ImportOutcome.Unchanged, await _store.ImportAsync(tenant, template));
        Assert.Equal(head!.ETag, (await _store.GetHeadAsync(tenant, template.Id))!.ETag);
    }

    [Fact]
    public async Task Import_OtherContentUnderAnExistingVersion_IsAConflictAndKeepsTheOriginal()
    {
        var tenant = AzuriteFixture.NewTenant();
        var original = TemplateFactory.Minimal();
        await _store.ImportAsync(tenant, original);

        var ex = await Assert.ThrowsAsync<TemplateConflictException>(() => _store.ImportAsync(tenant, original with { Goal = "Anderes Ziel" }));

        Assert.Equal("Version 1 der Vorlage „minimal“ ist bereits mit anderem Inhalt gespeichert. Versionen sind unveränderlich: erhöhen Sie „version“",
            ex.LocalizedMessage(System.Globalization.CultureInfo.GetCultureInfo("de")));
        Assert.Equal("Ein Ziel", (await _store.GetAsync(tenant, original.Id, 1))!.Goal);
    }

    [Fact]
    public async Task AddVersion_WithAStaleHead_IsADomainConflictAndWritesNothing()
    {
        var tenant = AzuriteFixture.NewTenant();
        await _store.ImportAsync(tenant, TemplateFactory.Minimal());
        var stale = await _store.GetHeadAsync(tenant, "minimal");
        await _store.AddVersionAsync(tenant, TemplateFactory.Minimal(version: 2), stale);

        await Assert.ThrowsAsync<TemplateConflictException>(() => _store.AddVersionAsync(tenant, TemplateFactory.Minimal(version: 3), stale));

        Assert.Null(await _store.GetAsync(tenant, "minimal", 3));
        Assert.Equal(2, (await _store.GetHeadAsync(tenant, "minimal"))!.LatestVersion);
    }

    [Fact]
    public async Task AddVersion_WhenSomeoneCreatedTheTemplateMeanwhile_IsADomainConflict()
    {
        var tenant = AzuriteFixture.NewTenant();
        await _store.AddVersionAsync(tenant, TemplateFactory.Minimal(), expectedHead: null);

        await Assert.ThrowsAsync<TemplateConflictException>(() => _store.AddVersionAsync(tenant, TemplateFactory.Minimal(version: 2), expectedHead: null));
    }

    [Fact]
    public async Task Release_ArchivesThePreviouslyReleasedVersionAtomically()
    {
        var tenant = AzuriteFixture.NewTenant();
        await _store.ImportAsync(tenant, TemplateFactory.Minimal() with { Status = TemplateStatus.Released });
        await _store.ImportAsync(tenant, TemplateFactory.Minimal(version: 2));
        var head = await _store.GetHeadAsync(tenant, "minimal");
        Assert.Equal((1, 2, TemplateStatus.Draft), (head!.ReleasedVersion, head.LatestVersion, head.LatestStatus));
        Assert.Equal(TemplateStatus.Released, (await _store.GetAsync(tenant, "minimal"))!.Status);

        await _store.ReleaseAsync(tenant, head, 2);

        head = await _store.GetHeadAsync(tenant, "minimal");
        Assert.Equal((2, TemplateStatus.Released), (head!.ReleasedVersion, head.LatestStatus));
        Assert.Equal(TemplateStatus.Archived, (await _store.GetAsync(tenant, "minimal", 1))!.Status);
        Assert.Equal(TemplateStatus.Released, (await _store.GetAsync(tenant, "minimal", 2))!.Status);
        Assert.Equal(2, (await _store.GetAsync(tenant, "minimal"))!.Version);
    }

    [Fact]
    public async Task Release_WithAStaleHead_ChangesNoStatus()
    {
        var tenant = AzuriteFixture.NewTenant();
        await _store.ImportAsync(tenant, TemplateFactory.Minimal() with { Status = TemplateStatus.Released });
        var stale = await _store.GetHeadAsync(tenant, "minimal");
        await _store.ImportAsync(tenant, TemplateFactory.Minimal(version: 2));

        await Assert.ThrowsAsync<TemplateConflictException>(() => _store.ReleaseAsync(tenant, stale!, 2));

        Assert.Equal(TemplateStatus.Released, (await _store.GetAsync(tenant, "minimal", 1))!.Status);
        Assert.Equal(TemplateStatus.Draft, (await _store.GetAsync(tenant, "minimal", 2))!.Status);
    }

    [Fact]
    public async Task Reimport_WithStatusReleased_ReleasesTheStoredVersion()
    {
        var tenant = AzuriteFixture.NewTenant();
        await _store.ImportAsync(tenant, TemplateFactory.Minimal());

        Assert.Equal(ImportOutcome.Released, await _store.ImportAsync(tenant, TemplateFactory.Minimal() with { Status = TemplateStatus.Released }));
        Assert.Equal(TemplateStatus.Released, (await _store.GetAsync(tenant, "minimal"))!.Status);
    }

    [Fact]
    public async Task List_ShowsOnlyTheTenantsOwnTemplates()
    {
        var tenantA = AzuriteFixture.NewTenant();
        var tenantB = AzuriteFixture.NewTenant();
        await _store.ImportAsync(tenantA, TemplateFactory.Minimal("nur-bei-a"));
        await _store.ImportAsync(tenantB, TemplateFactory.Minimal("nur-bei-b"));

        Assert.Equal(["nur-bei-a"], (await _store.ListAsync(tenantA)).Select(h => h.Id));
        Assert.Equal(["nur-bei-b"], (await _store.ListAsync(tenantB)).Select(h => h.Id));
        Assert.Null(await _store.GetAsync(tenantB, "nur-bei-a"));
        Assert.Null(await _store.GetHeadAsync(tenantB, "nur-bei-a"));
    }

    [Fact]
    public async Task List_ManyTemplatesWithSeveralVersions_ListsEachOnceWithItsLatestVersion()
    {
        var tenant = AzuriteFixture.NewTenant();
        for (var i = 0; i < 30; i++)
        {
            await _store.ImportAsync(tenant, TemplateFactory.Minimal($"prozess-{i:D2}"));
            await _store.ImportAsync(tenant, TemplateFactory.Minimal($"prozess-{i:D2}", version: 2) with { Name = $"Prozess {i}" });
        }

        var heads = await _store.ListAsync(tenant);

        Assert.Equal(30, heads.Count);
        Assert.All(heads, h => Assert.Equal((2, $"Prozess {int.Parse(h.Id[^2..], System.Globalization.CultureInfo.InvariantCulture)}"), (h.LatestVersion, h.Name)));
    }

    [Fact]
    public async Task Import_TemplateTooLargeForTableStorage_IsRefusedAndNothingIsStored()
    {
        var tenant = AzuriteFixture.NewTenant();
        // Random text does not compress: 400 steps x 9,000 characters is far beyond one row's 1 MiB.
        var steps = Enumerable.Range(0, 400).Select(i => new ProcessStep
        {
            Id = $"s{i}",
            Title = "Schritt",
            Responsible = "Rolle",
            Description = Convert.ToBase64String(RandomNumberGenerator.GetBytes(6_750)),
        }).ToArray();
        var template = TemplateFactory.Minimal("zu-gross") with { Steps = steps };

        var ex = await Assert.ThrowsAsync<InvalidTemplateException>(() => _store.ImportAsync(tenant, template));

        Assert.Equal("TooLargeForStorage", Assert.Single(ex.Errors).MessageKey);
        Assert.Null(await _store.GetHeadAsync(tenant, "zu-gross"));
    }

    [Fact]
    public async Task Import_LargestTemplateThatFits_IsStoredInOneRowWithinTheLimits()
    {
        var tenant = AzuriteFixture.NewTenant();
        var steps = Enumerable.Range(0, 125).Select(i => new ProcessStep
        {
            Id = $"s{i}",
            Title = "Schritt",
            Responsible = "Rolle",
            Description = Convert.ToBase64String(RandomNumberGenerator.GetBytes(7_000)),
        }).ToArray();
        var template = TemplateFactory.Minimal("fast-zu-gross") with { Steps = steps };
        Assert.InRange(TemplateBody.Encode(template).Compressed.Length, 13 * TemplateBody.ChunkBytes, TemplateBody.MaxCompressedBytes);

        await _store.ImportAsync(tenant, template);

        var row = await azurite.Server.CreateServiceClient().GetTableClient(TemplateStore.TableName)
            .GetEntityAsync<TableEntity>(tenant.Value, "version:fast-zu-gross:0000000001");
        Assert.InRange(TableLimits.EntitySize(row.Value), 13 * TemplateBody.ChunkBytes, TableLimits.MaxEntityBytes);
        Assert.Equal(TemplateJson.Serialize(template), TemplateJson.Serialize((await _store.GetAsync(tenant, "fast-zu-gross"))!));
    }

    [Fact]
    public async Task Import_InvalidTemplate_ReportsEveryErrorAndStoresNothing()
    {
        var tenant = AzuriteFixture.NewTenant();
        var template = TemplateFactory.Minimal() with { Name = "", Steps = [TemplateFactory.Minimal().Steps[0] with { Next = "fehlt" }] };

        var ex = await Assert.ThrowsAsync<InvalidTemplateException>(() => _store.ImportAsync(tenant, template));

        Assert.Equal(["$.name", "$.steps[0].next"], ex.Errors.Select(e => e.Path));
        Assert.Empty(await _store.ListAsync(tenant));
    }

    [Fact]
    public async Task Get_UnknownOrUnsafeId_IsNull()
    {
        var tenant = AzuriteFixture.NewTenant();

        Assert.Null(await _store.GetAsync(tenant, "gibt-es-nicht"));
        Assert.Null(await _store.GetAsync(tenant, "a/b#c?"));
    }

    [Fact]
    public async Task AnyOperation_StorageUnreachable_NamesTheEndpoint()
    {
        var port = Azurite.FreePort();
        var store = new TemplateStore(new StorageOptions
        {
            ConnectionString = $"DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey={Azurite.AccountKey};TableEndpoint=http://127.0.0.1:{port}/devstoreaccount1;",
        }.CreateServiceClient());

        var ex = await Assert.ThrowsAsync<StorageUnavailableException>(() => store.ListAsync(AzuriteFixture.NewTenant()));

        Assert.Contains($"http://127.0.0.1:{port}/", ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("\n", ex.Message, StringComparison.Ordinal);
    }
}
