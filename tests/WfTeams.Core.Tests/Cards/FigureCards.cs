using System.Globalization;
using System.Text.Json.Nodes;
using WfTeams.Core.Cards;
using WfTeams.Core.Insights;
using WfTeams.Core.Processes;
using WfTeams.Testing;

namespace WfTeams.Core.Tests.Cards;

/// <summary>The figures cards for the card catalog: the hand-walked cases, no cases at all, and the largest a card may show.</summary>
public static class FigureCards
{
    public static async Task<IEnumerable<(string Name, JsonObject Card)>> AllAsync(CultureInfo culture)
    {
        var template = InsightFixture.Template();
        var now = Insights.InsightCaseSet.Now;
        var book = new FigureBook();
        foreach (var script in await Insights.InsightCaseSet.WalkAsync(new MemoryCaseDriver(template), "tenant-cards"))
        {
            book.Apply(script.State.Id, new CaseProgress(), script.Events, template);
        }

        var year = FigurePeriod.Parse("2026", now)!;
        return
        [
            ("figures/fixture", FiguresCard.Build(book.Figures(template, year, now), culture)),
            ("figures/empty", FiguresCard.Build(new FigureBook().Figures(template, year, now), culture)),
            ("figures/chart", FiguresCard.Build(book.Figures(template, year, now), culture, ChartLink)),
            ("figures/extreme", FiguresCard.Build(Extreme(now), culture, ChartLink)),
        ];
    }

    /// <summary>A chart link as long as the host signs them (a 64-character process id, a ten-year period, a 43-character signature).</summary>
    private static readonly Uri ChartLink = new($"https://wfteams.example.org/api/templates/{new string('p', 64)}/figures.png?period=2017-01..2026-12&expires=1799999999&sig={new string('s', 43)}&lang=de");

    /// <summary>100 KPIs with the longest texts, 1,000 steps of which every one has waiting cases and times.</summary>
    private static ProcessFigures Extreme(DateTimeOffset now)
    {
        var template = TemplateFactory.Large(1000) with
        {
            Name = new string('N', 200),
            Kpis = [.. Enumerable.Range(0, 100).Select(i => new Kpi { Name = new string('k', 200), Target = "mind. 1.000.000 " + new string('t', 180), Field = i % 2 == 0 ? null : "x", Aggregate = i % 2 == 0 ? null : KpiAggregate.Sum })],
        };
        var figures = new FigureAggregate { Started = 10_000_000, Finished = 9_000_000, Cancelled = 500_000 };
        var waiting = new FigureAggregate();
        figures.Field("x").Sum = 123_456_789.5m;
        figures.Field("x").Numbers = 1;
        foreach (var (step, i) in template.Steps.Select((s, i) => (s, i)))
        {
            figures.Step(step.Id).Current.Add(TimeSpan.FromHours(i * 7));
            figures.Step(step.Id).WithDue = 3;
            figures.Step(step.Id).Overdue = i % 4;
            waiting.Step(step.Id).Waiting = 1000 + i;
            waiting.Step(step.Id).WaitingSinceSum = (1000 + i) * (now.ToUnixTimeSeconds() - (i * 3600));
        }

        figures.LeadTime.Add(TimeSpan.FromDays(400));
        return ProcessFigures.Of(template with { Steps = [.. template.Steps.Select(s => s with { Title = new string('S', 200) })] }, null, new FigurePeriod(new DateOnly(2017, 1, 1), new DateOnly(2026, 12, 1)), figures, waiting, now);
    }
}
