using System.Text.Json.Nodes;
using WfTeams.Testing;

namespace WfTeams.Bot.Tests.EndToEnd;

/// <summary>Runs tests/e2e/addin-pane.cjs: the Word add-in's pane in browser mode, in headless Chromium.</summary>
public static class AddinPane
{
    public sealed record Run(int ExitCode, JsonObject Seen, string Output);

    public static async Task<Run> RunAsync(Uri host, string screenshot, string downloadFolder, string templateId, string search, string? upload = null)
    {
        string[] arguments = upload is null
            ? [host.AbsoluteUri, screenshot, downloadFolder, templateId, search]
            : [host.AbsoluteUri, screenshot, downloadFolder, templateId, search, upload];
        var run = await NodeScript.RunAsync("addin-pane.cjs", arguments);
        var seen = run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => line.Trim()).LastOrDefault(line => line.StartsWith('{'));
        return new Run(run.ExitCode, seen is null ? [] : JsonNode.Parse(seen)!.AsObject(), run.Output + run.Error);
    }
}
