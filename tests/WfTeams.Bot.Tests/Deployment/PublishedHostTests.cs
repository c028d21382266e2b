using System.Net;
using WfTeams.Testing;

namespace WfTeams.Bot.Tests.Deployment;

/// <summary>The published folder is the whole deployment: it starts by itself, on Table storage, and serves the pane and the manifests.</summary>
[Collection("Azurite")]
[Trait("Kind", "Publish")]
public sealed class PublishedHostTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task Published_ReadyToRunWithPaneAndManifests_AnswersReady()
    {
        var folder = await PublishedHost.FolderAsync();

        Assert.True(PublishedHost.IsReadyToRun(Path.Combine(folder, "wfteams.dll")), "wfteams.dll is IL only: ReadyToRun did not apply");
        Assert.True(PublishedHost.IsReadyToRun(Path.Combine(folder, "WfTeams.Core.dll")), "WfTeams.Core.dll is IL only");
        Assert.True(File.Exists(Path.Combine(folder, "manifest", "teams", "manifest.json")));
        Assert.NotEmpty(Directory.GetFiles(Path.Combine(folder, "manifest", "word"), "*.xml"));
        Assert.True(File.Exists(Path.Combine(folder, "addin", "index.html")), "the task pane is missing: npm run build:addin before publishing");
        Assert.True(File.Exists(Path.Combine(folder, "appsettings.json")));

        var port = Azurite.FreePort();
        using var host = PublishedHost.Start(folder, port, new Dictionary<string, string>
        {
            ["Storage__ConnectionString"] = azurite.Server.ConnectionString,
            ["Bot__AllowUnauthenticated"] = "true",
            ["Api__AllowUnauthenticated"] = "true",
        });
        try
        {
            using var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}"), Timeout = TimeSpan.FromSeconds(10) };
            HttpStatusCode? status = null;
            for (var deadline = DateTime.UtcNow.AddSeconds(60); DateTime.UtcNow < deadline && status != HttpStatusCode.OK && !host.HasExited; await Task.Delay(100))
            {
                try
                {
                    status = (await client.GetAsync(new Uri("/healthz/ready", UriKind.Relative))).StatusCode;
                }
                catch (HttpRequestException)
                {
                    // not listening yet
                }
            }

            Assert.Equal(HttpStatusCode.OK, status);
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri("/addin/", UriKind.Relative))).StatusCode);
        }
        finally
        {
            host.Kill(entireProcessTree: true);
            await host.WaitForExitAsync();
        }
    }
}
