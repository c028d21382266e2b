using System.Diagnostics;
using System.Globalization;
using System.IO.Compression;
using System.Text.Json;
using System.Text.RegularExpressions;
using WfTeams.Core.Documents;
using WfTeams.Core.Processes;
using WfTeams.Core.Storage;
using WfTeams.Testing;

namespace WfTeams.Bench;

/// <summary>
/// A plain timing loop for the profile (issue 16), beside BenchmarkDotNet's: every case warmed up first (so the
/// first case does not pay for the JIT's later tiers), then R rounds of n documents per case, the cases taking
/// turns within each round; per document the median of the rounds' means, the best round, and the bytes allocated
/// on this thread. Medians because the machine is shared. With <c>--anchor</c> the docxtemplater script
/// (bench/docxtemplater/anchor.cjs, Node.js) runs in the same invocation, filling a Prozesssteckbrief template
/// with the same data, and both are printed with the ratio and how much each side writes.
/// Usage: dotnet run -c Release --project bench/WfTeams.Bench -- profile-timing [--rounds 15] [--anchor]
/// </summary>
public static partial class ProfileTiming
{
    private static readonly TimeSpan WarmUp = TimeSpan.FromSeconds(1);

    private sealed record Case(string What, Func<byte[]> Create, int PerRound)
    {
        public double[] Means { get; set; } = [];

        public long Allocated { get; set; }

        public byte[] Document { get; set; } = [];
    }

    public static async Task<int> RunAsync(string[] args)
    {
        var rounds = args.SkipWhile(a => a != "--rounds").Skip(1).Select(a => int.Parse(a, CultureInfo.InvariantCulture)).FirstOrDefault(15);
        var root = Azurite.RepositoryRoot();
        var samplePath = Path.Combine(root, "samples", "ansiedlung.json");
        var sample = (await TemplateFile.LoadAsync(samplePath)).Template!;
        var large = TemplateFactory.Large(500);
        var english = new DocumentOptions { Culture = CultureInfo.GetCultureInfo("en") };
        var styled = new DocumentOptions { Design = CorporateDesign.FromBytes(ProfileDocument.Create(TemplateFactory.Minimal()), "design.docx") };
        Case[] cases =
        [
            new("Ansiedlung sample (de)", () => ProfileDocument.Create(sample), 50),
            new("Ansiedlung sample (en)", () => ProfileDocument.Create(sample, english), 50),
            new("Ansiedlung sample with a style file", () => ProfileDocument.Create(sample, styled), 50),
            new("500 steps", () => ProfileDocument.Create(large), 3),
        ];

        Console.WriteLine($"load average before: {LoadAverage()}");
        Measure(cases, rounds);
        Console.WriteLine("| what | median ms/doc | best round ms/doc | allocated/doc | size | the body (word/document.xml) |");
        Console.WriteLine("|---|---:|---:|---:|---:|---|");
        foreach (var c in cases)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {c.What} | {Median(c.Means):F3} | {c.Means.Min():F3} | {c.Allocated / 1024.0:F0} KB | {c.Document.Length / 1024.0:F1} KiB | {Content(c.Document)} |"));
        }

        Console.WriteLine($"load average after: {LoadAverage()}");
        if (args.Contains("--anchor"))
        {
            await AnchorAsync(root, rounds, [(cases[0], samplePath, null), (cases[3], null, large)]);
        }

        return 0;
    }

    /// <summary>All cases warmed up, then the rounds, each case once per round.</summary>
    private static void Measure(Case[] cases, int rounds)
    {
        foreach (var c in cases)
        {
            var started = Stopwatch.GetTimestamp();
            for (var i = 0; i < 5 || Stopwatch.GetElapsedTime(started) < WarmUp; i++)
            {
                c.Document = c.Create();
            }

            c.Means = new double[rounds];
        }

        for (var r = 0; r < rounds; r++)
        {
            foreach (var c in cases)
            {
                var before = GC.GetAllocatedBytesForCurrentThread();
                var started = Stopwatch.GetTimestamp();
                for (var i = 0; i < c.PerRound; i++)
                {
                    c.Create();
                }

                c.Means[r] = Stopwatch.GetElapsedTime(started).TotalMilliseconds / c.PerRound;
                c.Allocated += (GC.GetAllocatedBytesForCurrentThread() - before) / c.PerRound / rounds;
            }
        }
    }

    /// <summary>The docxtemplater anchor for the same data, one case after the other, with the ratio.</summary>
    private static async Task AnchorAsync(string root, int rounds, (Case Case, string? DataPath, ProcessTemplate? Data)[] anchored)
    {
        var folder = Directory.CreateTempSubdirectory("wfteams-anchor-");
        try
        {
            Console.WriteLine();
            Console.WriteLine("| what | WfTeams median ms | docxtemplater median ms (best) | docxtemplater ÷ WfTeams | WfTeams writes | docxtemplater writes |");
            Console.WriteLine("|---|---:|---:|---:|---|---|");
            string? engine = null;
            foreach (var (c, dataPath, data) in anchored)
            {
                var basePath = Path.Combine(folder.FullName, "base.docx");
                await File.WriteAllBytesAsync(basePath, c.Document);
                var json = dataPath ?? Path.Combine(folder.FullName, "data.json");
                if (data is not null)
                {
                    await File.WriteAllTextAsync(json, TemplateJson.Serialize(data));
                }

                var perRound = Math.Max(1, c.PerRound / 2);
                var result = await NodeAsync(root, Path.Combine(root, "bench", "docxtemplater", "anchor.cjs"),
                    "--base", basePath, "--data", json, "--rounds", rounds.ToString(CultureInfo.InvariantCulture), "--per-round", perRound.ToString(CultureInfo.InvariantCulture));
                engine = result.GetProperty("engine").GetString();
                var theirs = result.GetProperty("medianMs").GetDouble();
                var ours = Median(c.Means);
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"| {c.What} | {ours:F3} | {theirs:F3} ({result.GetProperty("bestMs").GetDouble():F3}) | {theirs / ours:F1}× | {Content(c.Document)} | "
                    + $"{result.GetProperty("documentXmlBytes").GetInt64() / 1024.0:F0} KB XML, {result.GetProperty("paragraphs").GetInt32()} ¶, {result.GetProperty("tableRows").GetInt32()} rows, {result.GetProperty("contentControls").GetInt32()} controls |"));
            }

            Console.WriteLine($"anchor: {engine}; load average after: {LoadAverage()}");
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private static async Task<JsonElement> NodeAsync(string root, params string[] arguments)
    {
        var start = new ProcessStartInfo("node") { WorkingDirectory = root, RedirectStandardOutput = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var node = Process.Start(start) ?? throw new InvalidOperationException("node did not start");
        var output = await node.StandardOutput.ReadToEndAsync();
        await node.WaitForExitAsync();
        return node.ExitCode == 0
            ? JsonDocument.Parse(output.Trim().Split('\n')[^1]).RootElement.Clone()
            : throw new InvalidOperationException($"{string.Join(' ', arguments.Take(1))} exited with {node.ExitCode} (is `npm ci` done?)");
    }

    /// <summary>How much a document's body holds: its XML, paragraphs, table rows and content controls.</summary>
    public static string Content(byte[] docx)
    {
        using var zip = new ZipArchive(new MemoryStream(docx), ZipArchiveMode.Read);
        using var reader = new StreamReader(zip.GetEntry("word/document.xml")!.Open());
        var xml = reader.ReadToEnd();
        return string.Create(CultureInfo.InvariantCulture,
            $"{System.Text.Encoding.UTF8.GetByteCount(xml) / 1024.0:F0} KB XML, {ParagraphTag().Count(xml)} ¶, {RowTag().Count(xml)} rows, {ControlTag().Count(xml)} controls");
    }

    private static double Median(double[] values)
    {
        var sorted = values.Order().ToArray();
        return sorted[sorted.Length / 2];
    }

    public static string LoadAverage() => File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "?";

    [GeneratedRegex("<w:p[ >/]")]
    private static partial Regex ParagraphTag();

    [GeneratedRegex("<w:tr[ >/]")]
    private static partial Regex RowTag();

    [GeneratedRegex("<w:sdt>")]
    private static partial Regex ControlTag();
}
