using System.Globalization;
using Azure.Data.Tables;
using BenchmarkDotNet.Attributes;
using WfTeams.Core.Cards;
using WfTeams.Core.Insights;
using WfTeams.Core.Processes;
using WfTeams.Testing;

namespace WfTeams.Bench;

/// <summary>
/// Figures for a process with 10,000 finished cases (loops and decisions at random, one a day over 28 months):
/// the figures card from the process's aggregate rows as a read returns them (decompress, deserialize, merge,
/// card, JSON), cases.xlsx for the same 10,000 cases with all their step visits, the quality report and its chart.
/// </summary>
[MemoryDiagnoser]
[MinColumn]
[SimpleJob(launchCount: 1, warmupCount: 3, iterationCount: 15)]
public class InsightBenchmarks
{
    private static readonly CultureInfo German = CultureInfo.GetCultureInfo("de");
    private readonly ProcessTemplate _template = InsightFixture.Template();
    private List<TableEntity> _rows = [];
    private readonly List<CaseRecord> _records = [];
    private ProcessFigures _figures = null!;
    private DateTimeOffset _now;

    [GlobalSetup]
    public async Task SetupAsync()
    {
        var driver = new MemoryCaseDriver(_template);
        var book = new FigureBook();
        var start = new DateTimeOffset(2024, 1, 1, 8, 0, 0, TimeSpan.Zero);
        for (var i = 0; i < 10_000; i++)
        {
            var random = new Random(i);
            var script = await CaseScript.StartAsync(driver, "bench", InsightFixture.Id, start.AddHours(i * 2));
            while (script.State.IsOpen)
            {
                var step = _template.Steps.First(s => s.Id == script.State.CurrentStepId);
                var decision = step.Decision?.Options[random.Next(step.Decision.Options.Count)].Id;
                await script.CompleteAsync(TimeSpan.FromHours(random.Next(1, 200)), decision, [.. step.Fields.Select(f => (f.Id, f.Type == FieldType.Number ? "12" : "2026-05-04"))]);
            }

            book.Apply(script.State.Id, new CaseProgress(), script.Events, _template);
            _records.Add(CaseRecord.Of(script.State.Id, script.Events, _template, withNames: true));
        }

        _now = start.AddMonths(29);
        _rows = [.. book.Rows.Select(r => InsightRows.Write("bench|" + InsightFixture.Id, r.Key, r.Value))];
        _figures = book.Figures(_template, new FigurePeriod(new DateOnly(2024, 1, 1), new DateOnly(2026, 12, 1)), _now);
    }

    [Benchmark(Description = "figures card: 10,000 finished cases, from the aggregate rows")]
    public string FiguresCard()
    {
        var book = new FigureBook();
        foreach (var row in _rows)
        {
            book.Rows[row.RowKey] = InsightRows.ReadAggregate(row);
        }

        var figures = book.Figures(_template, new FigurePeriod(new DateOnly(2024, 1, 1), new DateOnly(2026, 12, 1)), _now);
        return Core.Cards.FiguresCard.Build(figures, German).ToJsonString();
    }

    [Benchmark(Description = "cases.xlsx: 10,000 cases with their step visits, into a self-deleting temporary file (as HTTP)")]
    public long Workbook()
    {
        using var stream = CaseWorkbook.WriteTemporary(_figures, _records, withNames: true, German);
        return stream.Length;
    }

    [Benchmark(Description = "quality report (.docx) of the 10,000 cases' figures, chart rasterised")]
    public int QualityReport() => Core.Documents.QualityReportDocument.Create(_figures, _template).Length;

    [Benchmark(Description = "figures chart: SVG + PNG at scale 2")]
    public int ChartPng() => Core.Documents.SvgPng.Render(FigureChart.Svg(_figures, German), scale: 2).Length;
}
