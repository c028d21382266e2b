using WfTeams.Core.Processes;

namespace WfTeams.Core.Insights;

/// <summary>A process's figures over a period (and the cases open now), as cards, reports and workbooks show them.</summary>
public sealed record ProcessFigures(
    string TemplateId,
    string Name,
    int? Version,
    FigurePeriod Period,
    DateTimeOffset At,
    long Started,
    long Finished,
    long Cancelled,
    long Open,
    TimeSpan? LeadMedian,
    TimeSpan? LeadP90,
    IReadOnlyList<StepFigure> Steps,
    IReadOnlyList<VariantFigure> Variants,
    IReadOnlyList<CountFigure> Loops,
    IReadOnlyList<CountFigure> CancelReasons,
    IReadOnlyList<KpiFigure> Kpis)
{
    /// <summary>The template versions whose cases the figures count (rows of the period or open now), ascending.</summary>
    public IReadOnlyList<int> Versions { get; init; } = [];

    /// <summary>Whether no case started, ended or is open in the period: a report says so instead of showing empty tables.</summary>
    public bool IsEmpty => Started == 0 && Finished == 0 && Cancelled == 0 && Open == 0;

    /// <summary>The steps that took longest (median time current), slowest first.</summary>
    public IReadOnlyList<StepFigure> Slowest(int count) =>
        Steps.Where(s => s.MedianCurrent is not null).OrderByDescending(s => s.MedianCurrent).ThenBy(s => s.StepId, StringComparer.Ordinal).Take(count).ToList();

    /// <summary>Where open cases wait now, most cases first.</summary>
    public IReadOnlyList<StepFigure> WaitingNow => Steps.Where(s => s.Waiting > 0).OrderByDescending(s => s.Waiting).ThenByDescending(s => s.MeanWait).ToList();

    /// <param name="period">The figures' months merged into <paramref name="figures"/>.</param>
    /// <param name="waiting">The aggregate of the cases open now.</param>
    public static ProcessFigures Of(ProcessTemplate template, int? version, FigurePeriod period, FigureAggregate figures, FigureAggregate waiting, DateTimeOffset now)
    {
        var order = template.Steps.Select((s, i) => (s.Id, i)).ToDictionary(x => x.Id, x => x.i, StringComparer.Ordinal);
        var ids = figures.Steps.Keys.Concat(waiting.Steps.Where(s => s.Value.Waiting > 0).Select(s => s.Key)).Distinct(StringComparer.Ordinal)
            .OrderBy(id => order.GetValueOrDefault(id, int.MaxValue)).ThenBy(id => id, StringComparer.Ordinal);
        var steps = ids.Select(id => Step(template, id, figures.Steps.GetValueOrDefault(id), waiting.Steps.GetValueOrDefault(id), now)).ToList();
        var finished = figures.Finished;
        var variants = figures.Variants
            .Select(v => new VariantFigure(v.Key, v.Value, finished == 0 ? 0 : (double)v.Value / finished))
            .OrderByDescending(v => v.Cases).ThenBy(v => v.Path, StringComparer.Ordinal).ToList();
        return new ProcessFigures(
            template.Id,
            template.Name,
            version,
            period,
            now,
            figures.Started,
            figures.Finished,
            figures.Cancelled,
            waiting.Steps.Values.Sum(s => s.Waiting),
            figures.LeadTime.Quantile(0.5),
            figures.LeadTime.Quantile(0.9),
            steps,
            variants,
            Counts(figures.Loops),
            Counts(figures.CancelReasons),
            template.Kpis.Select(k => Kpi(k, figures, period)).ToList());
    }

    private static StepFigure Step(ProcessTemplate template, string id, StepTally? tally, StepTally? wait, DateTimeOffset now)
    {
        tally ??= new StepTally();
        var waiting = wait?.Waiting ?? 0;
        TimeSpan? meanWait = waiting > 0 ? TimeSpan.FromSeconds(Math.Max(0, now.ToUnixTimeSeconds() - ((double)wait!.WaitingSinceSum / waiting))) : null;
        return new StepFigure(
            id,
            template.Steps.FirstOrDefault(s => s.Id == id)?.Title ?? id,
            tally.Entered,
            tally.Completed,
            tally.Skipped,
            tally.Reentered,
            tally.Current.Quantile(0.5),
            tally.Current.Quantile(0.9),
            tally.AfterAssignment.Quantile(0.5),
            tally.WithDue == 0 ? null : (double)tally.Overdue / tally.WithDue,
            waiting,
            meanWait);
    }

    private static KpiFigure Kpi(Kpi kpi, FigureAggregate figures, FigurePeriod period)
    {
        if (kpi.Field is not { } field || kpi.Aggregate is not { } aggregate)
        {
            return new KpiFigure(kpi, null, KpiStatus.NotMeasured);
        }

        var tally = figures.Fields.GetValueOrDefault(field);
        decimal? actual = aggregate switch
        {
            KpiAggregate.Count => tally?.Count ?? 0,
            KpiAggregate.Sum => tally is { Numbers: > 0 } ? tally.Sum : null,
            _ => tally is { Numbers: > 0 } ? Math.Round(tally.Sum / tally.Numbers, 2) : null,
        };
        if (actual is not { } value)
        {
            return new KpiFigure(kpi, null, KpiStatus.NoData);
        }

        var status = KpiTarget.Parse(kpi.Target) is { } target
            ? target.Rate(value, aggregate == KpiAggregate.Average ? 12 : period.Months) // an average is no amount per year
            : KpiStatus.NoTarget;
        return new KpiFigure(kpi, value, status);
    }

    private static List<CountFigure> Counts(SortedDictionary<string, long> counts) =>
        counts.Where(c => c.Value > 0).Select(c => new CountFigure(c.Key, c.Value)).OrderByDescending(c => c.Times).ThenBy(c => c.Name, StringComparer.Ordinal).ToList();
}
