namespace WfTeams.Core.Insights;

/// <summary>
/// Figures that add up: one per process version and month (what happened in it) and one of the cases open now.
/// Every part is a count, a sum or a histogram, so aggregates merge in any order and an event applied once
/// changes exactly one of them. Dictionaries are sorted: equal aggregates serialize to equal JSON.
/// </summary>
public sealed class FigureAggregate
{
    public long Started { get; set; }
    public long Finished { get; set; }
    public long Cancelled { get; set; }

    /// <summary>From start to the end, of the cases that finished.</summary>
    public DurationHistogram LeadTime { get; init; } = new();

    public SortedDictionary<string, StepTally> Steps { get; init; } = new(StringComparer.Ordinal);

    /// <summary>The decisions a finished case took, "step:answer" joined by " > " (empty: none) → cases.</summary>
    public SortedDictionary<string, long> Variants { get; init; } = new(StringComparer.Ordinal);

    /// <summary>"from > to" where a case went back to a step it had been in → times.</summary>
    public SortedDictionary<string, long> Loops { get; init; } = new(StringComparer.Ordinal);

    public SortedDictionary<string, long> CancelReasons { get; init; } = new(StringComparer.Ordinal);

    /// <summary>Capture fields the template's KPIs measure, over the cases that finished.</summary>
    public SortedDictionary<string, FieldTally> Fields { get; init; } = new(StringComparer.Ordinal);

    public bool IsEmpty => Started == 0 && Finished == 0 && Cancelled == 0 && Steps.Count == 0;

    public StepTally Step(string stepId)
    {
        if (!Steps.TryGetValue(stepId, out var tally))
        {
            Steps[stepId] = tally = new StepTally();
        }

        return tally;
    }

    public FieldTally Field(string fieldId)
    {
        if (!Fields.TryGetValue(fieldId, out var tally))
        {
            Fields[fieldId] = tally = new FieldTally();
        }

        return tally;
    }

    public void Merge(FigureAggregate other)
    {
        Started += other.Started;
        Finished += other.Finished;
        Cancelled += other.Cancelled;
        LeadTime.Merge(other.LeadTime);
        foreach (var (id, tally) in other.Steps)
        {
            Step(id).Merge(tally);
        }

        foreach (var (id, tally) in other.Fields)
        {
            Field(id).Merge(tally);
        }

        Add(Variants, other.Variants);
        Add(Loops, other.Loops);
        Add(CancelReasons, other.CancelReasons);
    }

    /// <summary>Drops what netted out to nothing (a step entered and left again in the open aggregate), so equal figures stay equal rows.</summary>
    public void Prune()
    {
        foreach (var id in Steps.Where(s => IsZero(s.Value)).Select(s => s.Key).ToList())
        {
            Steps.Remove(id);
        }
    }

    public static void Count(SortedDictionary<string, long> counts, string key, long times = 1)
    {
        var sum = counts.GetValueOrDefault(key) + times;
        if (sum == 0)
        {
            counts.Remove(key);
        }
        else
        {
            counts[key] = sum;
        }
    }

    private static void Add(SortedDictionary<string, long> into, SortedDictionary<string, long> from)
    {
        foreach (var (key, count) in from)
        {
            Count(into, key, count);
        }
    }

    private static bool IsZero(StepTally t) =>
        t.Entered == 0 && t.Reentered == 0 && t.Completed == 0 && t.Skipped == 0 && t.Overdue == 0 && t.WithDue == 0
        && t.Current.Buckets.Count == 0 && t.AfterAssignment.Buckets.Count == 0 && t.Waiting == 0 && t.WaitingSinceSum == 0;
}
