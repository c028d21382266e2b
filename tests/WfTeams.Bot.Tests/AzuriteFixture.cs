using Microsoft.Extensions.Configuration;
using WfTeams.Core.Storage;
using WfTeams.Testing;

namespace WfTeams.Bot.Tests;

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

    /// <summary>The host's configuration pointed at this Azurite, for a tenant of the test's own.</summary>
    public IConfiguration Configuration(TenantId tenant) => new ConfigurationBuilder()
        .AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Storage:ConnectionString"] = Server.ConnectionString,
            ["Bot:TenantId"] = tenant.Value,
        })
        .Build();

    public static TenantId NewTenant() => new(Guid.NewGuid().ToString());
}

[CollectionDefinition("Azurite")]
public sealed class AzuriteCollection : ICollectionFixture<AzuriteFixture>;
