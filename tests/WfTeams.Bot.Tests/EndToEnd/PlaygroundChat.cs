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
        var run = await NodeScript.RunAsync("playground-chat.cjs", [playgroundUrl, screenshot, .. steps]);
        return (run.ExitCode, run.Output + run.Error);
    }
}
