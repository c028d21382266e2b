using System.Diagnostics;
using WfTeams.Testing;

namespace WfTeams.Bot.Tests.EndToEnd;

/// <summary>Runs tests/e2e/playground-chat.cjs: headless Chromium chatting in the Playground's page.</summary>
public static class PlaygroundChat
{
    /// <summary>Where screenshots are kept after the run (artifacts/ is ignored by git).</summary>
    public static string Screenshot(string name)
    {
        var folder = Path.Combine(Azurite.RepositoryRoot(), "artifacts", "e2e");
        Directory.CreateDirectory(folder);
        return Path.Combine(folder, name);
    }

    public static async Task<(int ExitCode, string Output)> RunAsync(string playgroundUrl, string screenshot, params string[] steps)
    {
        var root = Azurite.RepositoryRoot();
        var start = new ProcessStartInfo("node")
        {
            ArgumentList = { Path.Combine(root, "tests", "e2e", "playground-chat.cjs"), playgroundUrl, screenshot },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = root,
        };
        foreach (var step in steps)
        {
            start.ArgumentList.Add(step);
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

        return (process.HasExited ? process.ExitCode : -1, await output + await error);
    }
}
