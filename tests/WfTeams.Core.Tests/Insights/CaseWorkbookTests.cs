using System.Globalization;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using WfTeams.Core.Insights;
using WfTeams.Core.Processes;
using WfTeams.Core.Tests.Documents;
using WfTeams.Testing;
using static WfTeams.Core.Tests.Insights.InsightCaseSet;

namespace WfTeams.Core.Tests.Insights;

/// <summary>The cases workbook: valid SpreadsheetML, and LibreOffice Calc reads the rows and computes the formulas. Needs soffice with Calc (test.sh installs it).</summary>
public sealed class CaseWorkbookTests : IDisposable
{
    private static readonly ProcessTemplate Template = InsightFixture.Template();
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("wfteams-xlsx-");

    public void Dispose() => _folder.Delete(recursive: true);

    internal static string Keep = Environment.GetEnvironmentVariable("WFTEAMS_KEEP_XLSX") ?? "";

    private static async Task<byte[]> WorkbookAsync(bool withNames)
    {
        var scripts = await WalkAsync(new MemoryCaseDriver(Template), "tenant-xlsx");
        var book = new FigureBook();
        foreach (var script in scripts)
        {
            book.Apply(script.State.Id, new CaseProgress(), script.Events, Template);
        }

        var figures = book.Figures(Template, FigurePeriod.Parse("2026", Now)!, Now);
        var records = scripts.Select((s, i) => CaseRecord.Of($"fall{i + 1}", s.Events, Template, withNames)).ToList();
        using var stream = new MemoryStream();
        CaseWorkbook.Write(stream, figures, records, withNames, CultureInfo.GetCultureInfo("de"));
        return stream.ToArray();
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Workbook_FixtureCases_NoValidatorErrors(bool withNames)
    {
        using var stream = new MemoryStream(await WorkbookAsync(withNames));
        using var document = SpreadsheetDocument.Open(stream, false);

        var errors = new OpenXmlValidator().Validate(document).Select(e => $"{e.Path?.XPath}: {e.Description}").ToList();

        Assert.True(errors.Count == 0, string.Join("\n", errors.Take(20)));
        Assert.Equal(2, document.WorkbookPart!.WorksheetParts.Sum(w => w.TableDefinitionParts.Count()));
    }

    [Fact]
    public async Task Workbook_OpenedInCalc_RowsAndFormulaValues()
    {
        var file = Path.Combine(_folder.FullName, "cases.xlsx");
        await File.WriteAllBytesAsync(file, await WorkbookAsync(withNames: true));

        // All sheets to CSV (comma, UTF-8, sheet -1 = every sheet): cases-Übersicht.csv, cases-Vorgänge.csv, cases-Schritte.csv.
        await ProfileRenderingTests.RunAsync("soffice", ["-env:UserInstallation=file://" + Path.Combine(_folder.FullName, "profile"), "--headless", "--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1", "--outdir", _folder.FullName, file]);

        var summary = await File.ReadAllLinesAsync(Path.Combine(_folder.FullName, "cases-Übersicht.csv"));
        if (Keep.Length > 0)
        {
            File.WriteAllLines(Keep, summary);
        }

        var cases = await File.ReadAllLinesAsync(Path.Combine(_folder.FullName, "cases-Vorgänge.csv"));
        var steps = await File.ReadAllLinesAsync(Path.Combine(_folder.FullName, "cases-Schritte.csv"));
        Assert.Equal(7, cases.Length);
        Assert.StartsWith("fall1,A GmbH,1,abgeschlossen,", cases[1], StringComparison.Ordinal);
        Assert.EndsWith(",132,", cases[1], StringComparison.Ordinal);
        Assert.Contains(steps, l => l.StartsWith("fall1,suche,Standortsuche,", StringComparison.Ordinal) && l.Contains(",30,erledigt,ja,Anna Schmidt", StringComparison.Ordinal));
        Assert.Equal(1 + 7 + 5 + 2 + 2 + 4 + 1, steps.Length); // the header and the visits of A to F
        Assert.Contains(summary, l => l.StartsWith("Gestartet,6,", StringComparison.Ordinal));
        Assert.Contains(summary, l => l.StartsWith("Abgeschlossen,3,", StringComparison.Ordinal));
        Assert.Contains(summary, l => l.StartsWith("Abgebrochen,1,", StringComparison.Ordinal));
        Assert.Contains(summary, l => l.StartsWith("Durchlaufzeit Median (Std.),82,", StringComparison.Ordinal));
        // Mean over every visit that ended (30, 5, 10, 50, cancelled after 5, back after 2): 17 h; two done late.
        Assert.Contains(summary, l => l == "suche,Standortsuche,7,17,2");
    }

    /// <summary>Records of <paramref name="count"/> cases with eight visits each, for size and streaming tests.</summary>
    internal static List<CaseRecord> Synthetic(int count, int visits = 8)
    {
        var start = new DateTimeOffset(2026, 1, 5, 8, 0, 0, TimeSpan.Zero);
        return [.. Enumerable.Range(0, count).Select(i => new CaseRecord($"fall{i}", "Betreff " + i, 1, WfTeams.Core.Runs.CaseStatus.Finished, start, start.AddHours(9), null,
            [.. Enumerable.Range(0, visits).Select(j => new StepVisit("suche", "Standortsuche", start.AddHours(j), start.AddHours(j + 1), VisitOutcome.Completed, j % 3 == 0, "Anna Schmidt"))]))];
    }

    /// <summary>Hands out records and notes, for each pass over them, how many bytes the output had when the last case was taken.</summary>
    private sealed class WatchedCases(List<CaseRecord> cases, Func<long> written) : IReadOnlyList<CaseRecord>
    {
        public List<long> WrittenAtLast { get; } = [];

        public int Count => cases.Count;

        public CaseRecord this[int index] => cases[index];

        public IEnumerator<CaseRecord> GetEnumerator()
        {
            for (var i = 0; i < cases.Count; i++)
            {
                if (i == cases.Count - 1)
                {
                    WrittenAtLast.Add(written());
                }

                yield return cases[i];
            }
        }

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }

    /// <summary>A write-only stream that cannot seek, as an HTTP response body; counts what reached it.</summary>
    private sealed class ForwardOnly(Stream inner) : Stream
    {
        public long Written { get; private set; }

        public override bool CanRead => false;
        public override bool CanSeek => false;
        public override bool CanWrite => true;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => Written; set => throw new NotSupportedException(); }
        public override void Flush() => inner.Flush();
        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count)
        {
            inner.Write(buffer, offset, count);
            Written += count;
        }
    }

    [Fact]
    public void Workbook_5000CasesToAForwardOnlyStream_StreamedAsTheRowsAreMadeAndValid()
    {
        var figures = new FigureBook().Figures(Template, FigurePeriod.Parse("2026", Now)!, Now);
        using var file = new MemoryStream();
        var output = new ForwardOnly(file);
        var cases = new WatchedCases(Synthetic(5_000), () => output.Written);

        CaseWorkbook.Write(output, figures, cases, withNames: true, CultureInfo.GetCultureInfo("de"));

        // The sheets reached the output while their rows were made (a package built in memory writes nothing before it closes).
        Assert.True(cases.WrittenAtLast.Any(w => w > 50_000 && w < output.Written), $"{string.Join(", ", cases.WrittenAtLast)} of {output.Written} bytes");
        file.Position = 0;
        using var document = SpreadsheetDocument.Open(file, false);
        Assert.Empty(new OpenXmlValidator().Validate(document).Take(5));
    }

    [Fact]
    public async Task WriteFile_WriteFails_NothingLeftBehind()
    {
        var path = Path.Combine(_folder.FullName, "too-many.xlsx");
        var figures = new FigureBook().Figures(Template, FigurePeriod.Parse("2026", Now)!, Now);

        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => CaseWorkbook.WriteFileAsync(path, figures, Synthetic(CaseWorkbook.MaxCases + 1, visits: 0), withNames: false, CultureInfo.GetCultureInfo("de")));

        Assert.Empty(_folder.GetFiles());
    }

    [Fact]
    public void WriteTemporary_Closed_FileGone()
    {
        var figures = new FigureBook().Figures(Template, FigurePeriod.Parse("2026", Now)!, Now);
        string path;
        using (var stream = (FileStream)CaseWorkbook.WriteTemporary(figures, Synthetic(10), withNames: false, CultureInfo.GetCultureInfo("en")))
        {
            path = stream.Name;
            Assert.Equal(0, stream.Position);
            Assert.True(File.Exists(path));
            using var document = SpreadsheetDocument.Open(stream, false);
            Assert.Equal(3, document.WorkbookPart!.WorksheetParts.Count());
        }

        Assert.False(File.Exists(path));
    }
}
