using System.Diagnostics;
using System.Globalization;
using WfTeams.Core.Documents;
using WfTeams.Core.Processes;
using WfTeams.Core.Storage;
using WfTeams.Testing;

namespace WfTeams.Bench;

/// <summary>
/// A plain timing loop for the profile (issue 16), beside BenchmarkDotNet's: after a warm-up, R rounds of
/// n documents each; per document the median of the rounds' means, the best round, and the bytes allocated
/// on this thread. Medians because the machine is shared. With <c>--anchor</c> the docxtemplater script
/// (bench/docxtemplater) runs in the same invocation, filling a Prozesssteckbrief template with the same
/// sample data. Usage: dotnet run -c Release --project bench/WfTeams.Bench -- profile-timing [--rounds 15] [--anchor]
/// </summary>
public static class ProfileTiming
{
    public static async Task<int> RunAsync(string[] args)
    {
        var rounds = args.SkipWhile(a => a != "--rounds").Skip(1).Select(a => int.Parse(a, CultureInfo.InvariantCulture)).FirstOrDefault(15);
        var root = Azurite.RepositoryRoot();
        var sample = (await TemplateFile.LoadAsync(Path.Combine(root, "samples", "ansiedlung.json"))).Template!;
        var large = TemplateFactory.Large(500);
        var english = new DocumentOptions { Culture = CultureInfo.GetCultureInfo("en") };
        var styled = new DocumentOptions { Design = CorporateDesign.FromBytes(ProfileDocument.Create(TemplateFactory.Minimal()), "design.docx") };

        Console.WriteLine($"load average before: {LoadAverage()}");
        Console.WriteLine("| what | median ms/doc | best round ms/doc | allocated/doc | size |");
        Console.WriteLine("|---|---:|---:|---:|---:|");
        Measure("Ansiedlung sample (de)", () => ProfileDocument.Create(sample), rounds, 50);
        Measure("Ansiedlung sample (en)", () => ProfileDocument.Create(sample, english), rounds, 50);
        Measure("Ansiedlung sample with a style file", () => ProfileDocument.Create(sample, styled), rounds, 20);
        Measure("500 steps", () => ProfileDocument.Create(large), rounds, 3);
        Console.WriteLine($"load average after: {LoadAverage()}");

        return 0;
    }

    public static void Measure(string what, Func<byte[]> create, int rounds, int perRound)
    {
        var size = 0;
        for (var i = 0; i < Math.Max(5, perRound); i++)
        {
            size = create().Length;
        }

        var means = new double[rounds];
        long allocated = 0;
        for (var r = 0; r < rounds; r++)
        {
            var before = GC.GetAllocatedBytesForCurrentThread();
            var started = Stopwatch.GetTimestamp();
            for (var i = 0; i < perRound; i++)
            {
                create();
            }

            means[r] = Stopwatch.GetElapsedTime(started).TotalMilliseconds / perRound;
            allocated += (GC.GetAllocatedBytesForCurrentThread() - before) / perRound;
        }

        Array.Sort(means);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| {what} | {means[rounds / 2]:F3} | {means[0]:F3} | {allocated / rounds / 1024.0:F0} KB | {size / 1024.0:F1} KiB |"));
    }

    public static string LoadAverage() => File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "?";
}
