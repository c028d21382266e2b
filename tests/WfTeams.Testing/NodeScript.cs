using System.Diagnostics;

namespace WfTeams.Testing;

/// <summary>
/// Runs a Node script of tests/e2e (headless Chromium through playwright-core) from the repository root,
/// killed with its browser when it takes longer than <paramref name="minutes"/>.
/// </summary>
public static class NodeScript
{
    public sealed record Result(int ExitCode, string Output, string Error);

    public static async Task<Result> RunAsync(string script, IEnumerable<string> arguments, int minutes = 3)
    {
        var root = Azurite.RepositoryRoot();
        var start = new ProcessStartInfo("node")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = root,
        };
        start.ArgumentList.Add(Path.Combine(root, "tests", "e2e", script));
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(minutes));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
        }

        return new Result(process.HasExited ? process.ExitCode : -1, await output, await error);
    }
}
