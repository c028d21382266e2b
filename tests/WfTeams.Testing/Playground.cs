using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;

namespace WfTeams.Testing;

/// <summary>
/// The Microsoft 365 Agents Playground (npm) pointed at a bot endpoint, kept from phoning home
/// (ARCHITECTURE.md), on a port below 32768 (above, a taken port is silently replaced).
/// </summary>
public sealed partial class Playground : IAsyncDisposable
{
    private readonly Process _process;

    private Playground(Process process, int port)
    {
        _process = process;
        Port = port;
    }

    public int Port { get; }

    public string Url => $"http://127.0.0.1:{Port}/";

    public static async Task<Playground> StartAsync(string botEndpoint)
    {
        var executable = Path.Combine(Azurite.RepositoryRoot(), "node_modules", ".bin", "agentsplayground");
        var requested = 20_000 + Random.Shared.Next(12_000);
        var start = new ProcessStartInfo(executable)
        {
            ArgumentList = { "start", "-e", botEndpoint, "-c", "msteams", "-p", requested.ToString(System.Globalization.CultureInfo.InvariantCulture), "--disable-telemetry" },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            Environment = { ["TEAMSAPPTESTER_BROWSER"] = "none", ["APPLICATION_INSIGHTS_NO_STATSBEAT"] = "true" },
        };
        var process = Process.Start(start) ?? throw new InvalidOperationException("The Playground did not start.");
        var output = new StringBuilder();
        var listening = new TaskCompletionSource<int>(TaskCreationOptions.RunContinuationsAsynchronously);
        process.OutputDataReceived += (_, line) =>
        {
            lock (output)
            {
                output.AppendLine(line.Data);
            }

            if (line.Data is not null && Listening().Match(line.Data) is { Success: true } match)
            {
                listening.TrySetResult(int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture));
            }
        };
        process.ErrorDataReceived += (_, line) =>
        {
            lock (output)
            {
                output.AppendLine(line.Data);
            }
        };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var finished = await Task.WhenAny(listening.Task, process.WaitForExitAsync(), Task.Delay(TimeSpan.FromSeconds(60)));
        if (finished != listening.Task)
        {
            process.Kill(entireProcessTree: true);
            throw new InvalidOperationException($"The Playground did not start listening:\n{output}");
        }

        return new Playground(process, await listening.Task);
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }

    [GeneratedRegex(@"Listening on (\d+)")]
    private static partial Regex Listening();
}
