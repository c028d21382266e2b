using WfTeams.Core.Insights;
using WfTeams.Core.Processes;
using WfTeams.Testing;
using static WfTeams.Core.Tests.Insights.InsightCaseSet;

namespace WfTeams.Core.Tests.Insights;

public sealed class ProcessFiguresTests
{
    private static readonly ProcessTemplate Template = InsightFixture.Template();

    private static async Task<ProcessFigures> FiguresAsync(string period = "2026")
    {
        var scripts = await WalkAsync(new MemoryCaseDriver(Template), "tenant-figures");
        var book = new FigureBook();
        foreach (var script in scripts)
        {
            book.Apply(script.State.Id, new CaseProgress(), script.Events, Template);
        }

        return book.Figures(Template, FigurePeriod.Parse(period, Now)!, Now);
    }

    [Fact]
    public async Task Figures_SixCases_CountsAndLeadTimesAsComputedByHand()
    {
        var figures = await FiguresAsync();

        Assert.Equal((6, 3, 1, 2), (figures.Started, figures.Finished, figures.Cancelled, figures.Open));
        // Lead times 132 h (A), 82 h (B), 53 h (C): nearest-rank median the 2nd, p90 the 3rd.
        Assert.Equal(H(82), figures.LeadMedian);
        Assert.Equal(H(132), figures.LeadP90);
    }

    [Fact]
    public async Task Figures_PerStep_TimesOverdueRatesAndReentries()
    {
        var steps = (await FiguresAsync()).Steps.ToDictionary(s => s.StepId);

        // erfassen: 2,1,3,1,2,1 h (E twice, after going back), due after 4 h: never late; F waits in it.
        Assert.Equal((7L, 6L, 1L), (steps["erfassen"].Entered, steps["erfassen"].Completed, steps["erfassen"].Reentered));
        Assert.Equal((H(1), H(3)), (steps["erfassen"].MedianCurrent, steps["erfassen"].P90Current));
        Assert.Equal(0d, steps["erfassen"].OverdueRate);
        Assert.Equal((1L, H(190)), (steps["erfassen"].Waiting, steps["erfassen"].MeanWait));

        // suche: 30, 5 (A), 10 (B), 50 (C) h, due after 1 day: A's first and C late. A was assigned three times; the last 25 h before completion.
        Assert.Equal((7L, 4L, 2L), (steps["suche"].Entered, steps["suche"].Completed, steps["suche"].Reentered));
        Assert.Equal((H(10), H(50)), (steps["suche"].MedianCurrent, steps["suche"].P90Current));
        Assert.Equal(0.5, steps["suche"].OverdueRate);
        Assert.Equal(H(25), steps["suche"].MedianAfterAssignment);
        Assert.Equal((1L, H(191)), (steps["suche"].Waiting, steps["suche"].MeanWait));

        // besichtigung: 10, 60 (A), 20 (B) h, due after 2 days: A's second visit late.
        Assert.Equal((H(20), H(60)), (steps["besichtigung"].MedianCurrent, steps["besichtigung"].P90Current));
        Assert.Equal(1 / 3d, steps["besichtigung"].OverdueRate!.Value, 6);
        Assert.Equal((H(24), H(48), 0d), (steps["vertrag"].MedianCurrent, steps["vertrag"].P90Current, steps["vertrag"].OverdueRate));

        // nachbetreuung: skipped by A after 1 h, completed by B after 3 h; no duration, so no overdue rate.
        Assert.Equal((1L, 1L, H(1), (double?)null), (steps["nachbetreuung"].Completed, steps["nachbetreuung"].Skipped, steps["nachbetreuung"].MedianCurrent, steps["nachbetreuung"].OverdueRate));
    }

    [Fact]
    public async Task Figures_VariantsLoopsAndCancellations_CountedWithShares()
    {
        var figures = await FiguresAsync();

        Assert.Equal(
            [("suche:gefunden > besichtigung:andere > suche:gefunden > besichtigung:ja", 1L), ("suche:gefunden > besichtigung:ja", 1L), ("suche:nein", 1L)],
            figures.Variants.Select(v => (v.Path, v.Cases)));
        Assert.All(figures.Variants, v => Assert.Equal(1 / 3d, v.Share, 6));
        // A: besichtigung → suche → besichtigung; E: back from suche to erfassen, then on to suche again.
        Assert.Equal([("besichtigung > suche", 1L), ("erfassen > suche", 1L), ("suche > besichtigung", 1L), ("suche > erfassen", 1L)], figures.Loops.Select(l => (l.Name, l.Times)));
        Assert.Equal(("Unternehmen hat abgesagt", 1L), (figures.CancelReasons.Single().Name, figures.CancelReasons.Single().Times));
        // Slowest by median time current: vertrag 24 h, besichtigung 20 h, suche 10 h (see the per-step test).
        Assert.Equal(["vertrag", "besichtigung", "suche"], figures.Slowest(3).Select(s => s.StepId));
    }

    [Fact]
    public async Task Figures_Kpis_MeasuredFromFieldsAgainstTargets()
    {
        var kpis = (await FiguresAsync()).Kpis;

        // Jobs of the finished cases 40 + 20 + 10 = 70 against 120 a year: red. Contracts signed: A and B, 2 against 2: green.
        Assert.Equal((70m, KpiStatus.Red), (kpis[0].Actual, kpis[0].Status));
        Assert.Equal((2m, KpiStatus.Green), (kpis[1].Actual, kpis[1].Status));
        // The average 23.33 against at most 22: within 10 %, amber.
        Assert.Equal((23.33m, KpiStatus.Amber), (kpis[2].Actual, kpis[2].Status));
        Assert.Equal(((decimal?)null, KpiStatus.NotMeasured), (kpis[3].Actual, kpis[3].Status));
    }

    [Fact]
    public async Task Figures_OneMonthPeriod_PerYearTargetProRata()
    {
        var kpis = (await FiguresAsync("2026-03")).Kpis;

        // 120 a year is 10 in one month: 70 reached.
        Assert.Equal(KpiStatus.Green, kpis[0].Status);
    }

    [Fact]
    public async Task Figures_PeriodWithoutTheCases_OnlyWhatWaitsNow()
    {
        var figures = await FiguresAsync("2025");

        Assert.Equal((0L, 0L, 2L), (figures.Started, figures.Finished, figures.Open));
        Assert.Null(figures.LeadMedian);
        Assert.Equal(KpiStatus.NoData, figures.Kpis[0].Status);
    }

    [Fact]
    public async Task Projection_EventAppliedTwice_CountsOnce()
    {
        var scripts = await WalkAsync(new MemoryCaseDriver(Template), "tenant-figures");
        var once = new FigureBook();
        var twice = new FigureBook();
        var progress = new CaseProgress();
        once.Apply(scripts[0].State.Id, new CaseProgress(), scripts[0].Events, Template);
        twice.Apply(scripts[0].State.Id, progress, scripts[0].Events.Take(5), Template);

        var applied = twice.Apply(scripts[0].State.Id, progress, scripts[0].Events, Template);

        Assert.Equal(scripts[0].Events.Count - 5, applied);
        Assert.Equal(once.Rows.Select(r => InsightRows.Canonical(r.Value)), twice.Rows.Select(r => InsightRows.Canonical(r.Value)));
    }

    [Theory]
    [InlineData("mind. 300 neue Arbeitsplätze pro Jahr", 300, false, true)]
    [InlineData("höchstens 10 Werktage", 10, true, false)]
    [InlineData("mind. 50 Mio. € pro Jahr", 50_000_000, false, true)]
    [InlineData("≤ 1.250,5 Tage", 1250.5, true, false)]
    public void KpiTarget_Text_NumberAndDirection(string text, double value, bool atMost, bool perYear)
    {
        Assert.Equal(new KpiTarget((decimal)value, atMost, perYear), KpiTarget.Parse(text));
    }

    [Fact]
    public void KpiTarget_NoNumber_Null() => Assert.Null(KpiTarget.Parse("möglichst zufrieden"));

    [Theory]
    [InlineData("2026", "2026-01", "2026-12")]
    [InlineData("2026-03", "2026-03", "2026-03")]
    [InlineData("2026-01..2026-06", "2026-01", "2026-06")]
    [InlineData("3m", "2026-01", "2026-03")]
    [InlineData("", "2025-04", "2026-03")]
    public void FigurePeriod_Text_Months(string text, string first, string last)
    {
        var period = FigurePeriod.Parse(text, Now)!;

        Assert.Equal((first, last), (period.FirstMonth, period.LastMonth));
    }

    [Theory]
    [InlineData("2026-06..2026-01")]
    [InlineData("gestern")]
    [InlineData("999m")]
    public void FigurePeriod_Nonsense_Null(string text) => Assert.Null(FigurePeriod.Parse(text, Now));
}
