using WfTeams.Core.Processes;
using WfTeams.Core.Runs;

namespace WfTeams.Core.Insights;

/// <summary>
/// The aggregate rows of one process in memory, by row key (<see cref="InsightRows"/>): what a rebuild computes
/// from the events and what a figure read gets back from storage. Merges the rows of a period into figures.
/// </summary>
public sealed class FigureBook
{
    public SortedDictionary<string, FigureAggregate> Rows { get; } = new(StringComparer.Ordinal);

    public FigureAggregate Row(string rowKey)
    {
        if (!Rows.TryGetValue(rowKey, out var row))
        {
            Rows[rowKey] = row = new FigureAggregate();
        }

        return row;
    }

    /// <summary>Applies a case's events (oldest first) past its checkpoint; returns how many changed something.</summary>
    public int Apply(string caseId, CaseProgress progress, IEnumerable<CaseEvent> events, ProcessTemplate template)
    {
        var shard = InsightRows.Shard(caseId);
        var waiting = Row(InsightRows.OpenKey(template.Version, shard));
        var applied = 0;
        foreach (var recorded in events)
        {
            if (CaseProjection.Apply(progress, recorded, template, month => Row(InsightRows.MonthKey(month, template.Version, shard)), waiting))
            {
                applied++;
            }
        }

        return applied;
    }

    /// <summary>The figures of <paramref name="period"/>, of all versions or of one, named by <paramref name="template"/>.</summary>
    public ProcessFigures Figures(ProcessTemplate template, FigurePeriod period, DateTimeOffset now, int? version = null)
    {
        var figures = new FigureAggregate();
        var waiting = new FigureAggregate();
        var versions = new SortedSet<int>();
        foreach (var (key, row) in Rows)
        {
            if (version is { } only && InsightRows.VersionOf(key) != only)
            {
                continue;
            }

            if (InsightRows.IsMonthKey(key) && period.Contains(InsightRows.MonthOf(key)))
            {
                figures.Merge(row);
                Count(versions, key, row);
            }
            else if (InsightRows.IsOpenKey(key))
            {
                waiting.Merge(row);
                Count(versions, key, row);
            }
        }

        return ProcessFigures.Of(template, version, period, figures, waiting, now) with { Versions = [.. versions] };
    }

    private static void Count(SortedSet<int> versions, string key, FigureAggregate row)
    {
        if (!row.IsEmpty)
        {
            versions.Add(InsightRows.VersionOf(key));
        }
    }

    /// <summary>Drops what netted out to nothing, so a book equals another with the same figures row by row.</summary>
    public void Prune()
    {
        foreach (var row in Rows.Values)
        {
            row.Prune();
        }
    }
}
