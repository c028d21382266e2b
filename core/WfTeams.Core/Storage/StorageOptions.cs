using Azure.Core;
using Azure.Data.Tables;
using Azure.Identity;

namespace WfTeams.Core.Storage;

/// <summary>Configuration section <c>Storage</c>.</summary>
public sealed class StorageOptions
{
    /// <summary>A connection string; the default is Azurite on this machine.</summary>
    public string ConnectionString { get; set; } = "UseDevelopmentStorage=true";

    /// <summary>A table endpoint reached with the managed identity (<c>DefaultAzureCredential</c>); wins over the connection string.</summary>
    public Uri? Endpoint { get; set; }

    public TableServiceClient CreateServiceClient()
    {
        var options = new TableClientOptions();
        options.Retry.MaxRetries = 2;
        options.Retry.Delay = TimeSpan.FromMilliseconds(200);
        options.Retry.Mode = RetryMode.Exponential;
        options.Retry.NetworkTimeout = TimeSpan.FromSeconds(10);
        return Endpoint is not null
            ? new TableServiceClient(Endpoint, new DefaultAzureCredential(), options)
            : new TableServiceClient(ConnectionString, options);
    }
}
