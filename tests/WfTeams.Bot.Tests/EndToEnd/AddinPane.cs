using System.Diagnostics;
using System.Text.Json.Nodes;
using WfTeams.Testing;

namespace WfTeams.Bot.Tests.EndToEnd;

/// <summary>Runs tests/e2e/addin-pane.cjs: the Word add-in's pane in browser mode, in headless Chromium.</summary>
public static class AddinPane
{
    public sealed record Run(int ExitCode, JsonObject Seen, string Output);

    public static async Task<Run> RunAsync(Uri host, string screenshot, string downloadFolder, string templateId, string search, string? upload = null)
    {
        var root = Azurite.RepositoryRoot();
        var start = new ProcessStartInfo("node")
        {
            ArgumentList = { Path.Combine(root, "tests", "e2e", "addin-pane.cjs"), host.AbsoluteUri, screenshot, downloadFolder, templateId, search },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = root,
        };
        if (upload is not null)
        {
            start.ArgumentList.Add(upload);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
        }

        var text = await output;
        var seen = text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => line.Trim()).LastOrDefault(line => line.StartsWith('{'));
        return new Run(process.HasExited ? process.ExitCode : -1, seen is null ? [] : JsonNode.Parse(seen)!.AsObject(), text + await error);
    }
}
