using System.Diagnostics;
using System.Reflection.PortableExecutable;
using WfTeams.Testing;

namespace WfTeams.Bot.Tests.Deployment;

/// <summary>
/// The deployable artefact as <c>azd deploy</c> makes it: <c>dotnet publish bot/WfTeams.Bot -c Release</c>, once per
/// test run into a folder of its own (its own obj/bin too, so the solution's build outputs stay untouched), then
/// started as App Service starts it: <c>dotnet wfteams.dll</c> from another working folder.
/// </summary>
public static class PublishedHost
{
    private static readonly Lazy<Task<string>> Published = new(() => PublishAsync());

    public static Task<string> FolderAsync() => Published.Value;

    /// <summary>Whether the assembly holds ReadyToRun native code (a managed native header), not only IL.</summary>
    public static bool IsReadyToRun(string assembly)
    {
        using var pe = new PEReader(File.OpenRead(assembly));
        return pe.PEHeaders.CorHeader is { ManagedNativeHeaderDirectory.Size: > 0 };
    }

    /// <summary>Starts the published host on a free loopback port; the caller ends it by <see cref="Process.Kill(bool)"/>.</summary>
    public static Process Start(string folder, int port, IReadOnlyDictionary<string, string> settings)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            ArgumentList = { Path.Combine(folder, "wfteams.dll"), "serve" },
            WorkingDirectory = Path.GetTempPath(),
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["Urls"] = $"http://127.0.0.1:{port}";
        foreach (var (key, value) in settings)
        {
            start.Environment[key] = value;
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("The published host did not start.");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    private static async Task<string> PublishAsync()
    {
        var root = Directory.CreateTempSubdirectory("wfteams-published-").FullName;
        // Some hundred MB of build output: gone with the test run.
        AppDomain.CurrentDomain.ProcessExit += (_, _) => Directory.Delete(root, recursive: true);
        var output = Path.Combine(root, "app");
        var start = new ProcessStartInfo("dotnet")
        {
            ArgumentList =
            {
                "publish", Path.Combine(Azurite.RepositoryRoot(), "bot", "WfTeams.Bot"), "-c", "Release", "-o", output,
                "--artifacts-path", Path.Combine(root, "artifacts"), "-nologo", "-clp:ErrorsOnly",
            },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        using var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet publish did not start.");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return process.ExitCode == 0 ? output : throw new InvalidOperationException($"dotnet publish failed ({process.ExitCode}): {await stdout}{await stderr}");
    }
}
