using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using WfTeams.Bot.Tests.BotFramework;
using WfTeams.Bot.Tests.EndToEnd;
using WfTeams.Core.Processes;
using WfTeams.Core.Publishing;
using WfTeams.Testing;

namespace WfTeams.Bot.Tests.Publishing;

/// <summary>The local handbook under /handbook/ in development mode, opened in headless Chromium.</summary>
[Collection("Azurite")]
public sealed class HandbookServingTests(AzuriteFixture azurite) : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("wfteams-handbook-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private BotHost Host(bool development = true, bool kestrel = false) => new(azurite, new()
    {
        ["Bot:AppId"] = development ? "" : BotHost.AppId,
        ["Bot:AllowUnauthenticated"] = development ? "true" : "false",
        ["Publishing:Folder"] = _folder,
    }, kestrel: kestrel);

    private static ProcessTemplate Released(string id, string name, int version = 1) => TemplateFactory.Minimal(id, version) with
    {
        Name = name,
        Code = "KP-" + id[..2].ToUpperInvariant(),
        Status = TemplateStatus.Released,
        ValidFrom = new DateOnly(2026, 1, 15),
    };

    [Fact]
    public async Task Handbook_OpenedInChromium_ListsTheProcessesAndEveryLinkWorks()
    {
        using var host = Host(kestrel: true);
        var publisher = host.Services.GetRequiredService<HandbookPublisher>();
        await azurite.Store.ImportAsync(host.Tenant, Released("ansiedlung", "Ansiedlung"));
        await azurite.Store.ImportAsync(host.Tenant, Released("gruendung", "Gründungsberatung: Erstgespräch"));
        await publisher.PublishAsync(host.Tenant, "ansiedlung");
        await publisher.PublishAsync(host.Tenant, "gruendung", 1);
        await azurite.Store.ImportAsync(host.Tenant, Released("gruendung", "Gründungsberatung: Erstgespräch", 2));
        await publisher.PublishAsync(host.Tenant, "gruendung", 2);
        var screenshot = PlaygroundChat.Screenshot("handbook.png");

        var (exitCode, output) = await RunAsync(new Uri(host.Client.BaseAddress!, "handbook/").AbsoluteUri, screenshot);

        Assert.True(exitCode == 0, output);
        var page = JsonNode.Parse(output.Trim().Split('\n')[^1])!;
        Assert.Equal("Prozesshandbuch", page["title"]!.GetValue<string>());
        var rows = page["rows"]!.AsArray().Select(r => r!.AsArray().Select(c => c!.GetValue<string>()).ToList()).ToList();
        Assert.Equal(["Ansiedlung", "KP-AN", "Leitung", "1", "Freigegeben", "15.01.2026"], rows[0].Take(6));
        Assert.Contains(rows, r => r[0] == "Gründungsberatung: Erstgespräch" && r[3] == "2" && r[4] == "Freigegeben");
        Assert.Contains(rows, r => r[0] == "Gründungsberatung: Erstgespräch" && r[3] == "1" && r[4] == "Archiviert");
        var links = page["links"]!.AsArray();
        Assert.True(links.Count >= 3, output);
        foreach (var link in links)
        {
            Assert.Equal(200, link!["status"]!.GetValue<int>());
            Assert.True(link["bytes"]!.GetValue<int>() > 1000, link.ToJsonString());
            var (magic, type) = link["text"]!.GetValue<string>() switch
            {
                "PDF" => ("%PDF", "application/pdf"),
                "Ablaufdiagramm" => ("<svg", "image/svg+xml"),
                _ => ("PK\u0003\u0004", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
            };
            Assert.Equal(magic, link["magic"]!.GetValue<string>());
            Assert.Equal(type, link["type"]!.GetValue<string>());
        }

        Assert.Contains(links, l => l!["href"]!.GetValue<string>().EndsWith("/handbook/Archiv/Gr%C3%BCndungsberatung_%20Erstgespr%C3%A4ch%20v1.docx", StringComparison.Ordinal));
        Assert.Equal("Ansiedlung.docx", page["download"]!.GetValue<string>());
        // A picture of each current process's diagram, loaded (natural size) from its SVG beside the documents.
        var images = page["images"]!.AsArray();
        Assert.Equal(["Ablaufdiagramm: Ansiedlung", "Ablaufdiagramm: Gründungsberatung: Erstgespräch"], images.Select(i => i!["alt"]!.GetValue<string>()).Order());
        Assert.All(images, i => Assert.True(i!["width"]!.GetValue<int>() > 100 && i["height"]!.GetValue<int>() > 100, i.ToJsonString()));
        Assert.Contains(links, l => l!["text"]!.GetValue<string>() == "Ablaufdiagramm" && l["href"]!.GetValue<string>().EndsWith("/handbook/Archiv/Gr%C3%BCndungsberatung_%20Erstgespr%C3%A4ch%20v1.svg", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Handbook_IsReadOnly()
    {
        using var host = Host(kestrel: true);
        await File.WriteAllTextAsync(Path.Combine(_folder, "index.html"), "<!DOCTYPE html><title>x</title>");

        var get = await host.Client.GetAsync("/handbook/");
        var put = await host.Client.PutAsync("/handbook/index.html", new StringContent("overwritten"));
        var hidden = await host.Client.GetAsync("/handbook/.secret.tmp");

        Assert.Equal(HttpStatusCode.OK, get.StatusCode);
        Assert.Equal(HttpStatusCode.MethodNotAllowed, put.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, hidden.StatusCode);
        Assert.Equal("<!DOCTYPE html><title>x</title>", await File.ReadAllTextAsync(Path.Combine(_folder, "index.html")));
    }

    [Fact]
    public async Task Handbook_OutsideDevelopmentMode_IsNotServed()
    {
        using var host = Host(development: false, kestrel: true);
        await File.WriteAllTextAsync(Path.Combine(_folder, "index.html"), "<!DOCTYPE html><title>x</title>");

        var response = await host.Client.GetAsync("/handbook/index.html");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private static async Task<(int ExitCode, string Output)> RunAsync(string url, string screenshot)
    {
        var run = await NodeScript.RunAsync("handbook.cjs", [url, screenshot], minutes: 2);
        return (run.ExitCode, run.Output + run.Error);
    }
}
