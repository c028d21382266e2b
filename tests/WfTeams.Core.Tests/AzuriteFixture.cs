using WfTeams.Core.Storage;
using WfTeams.Testing;

namespace WfTeams.Core.Tests;

public sealed class AzuriteFixture : IAsyncLifetime
{
    public Azurite Server { get; private set; } = null!;

    public TemplateStore Store { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Server = await Azurite.StartAsync();
        Store = new TemplateStore(Server.CreateServiceClient());
    }

    public async Task DisposeAsync() => await Server.DisposeAsync();

    /// <summary>A tenant of its own for each test, so tests never see each other's rows.</summary>
    public static TenantId NewTenant() => new(Guid.NewGuid().ToString());
}

[CollectionDefinition("Azurite")]
public sealed class AzuriteCollection : ICollectionFixture<AzuriteFixture>;
