using Azure.Core;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

/// <summary>
/// The host every load mode drives: development mode (the connector may call the loopback sink; authentication stays
/// on where an app id is given), a free loopback port, warnings only, a fixed outbound token; plus the mode's settings.
/// </summary>
internal static class LoadHost
{
    public static WebApplicationFactory<Program> Create(string storageConnectionString, IReadOnlyDictionary<string, string> settings) =>
        new WebApplicationFactory<Program>().WithWebHostBuilder(host =>
        {
            host.UseEnvironment("Development");
            host.UseSetting("Urls", "http://127.0.0.1:0");
            host.UseSetting("Storage:ConnectionString", storageConnectionString);
            host.UseSetting("Logging:LogLevel:Default", "Warning");
            foreach (var (key, value) in settings)
            {
                host.UseSetting(key, value);
            }

            host.ConfigureTestServices(services => services.AddSingleton<TokenCredential>(new FixedCredential()));
        });
}
