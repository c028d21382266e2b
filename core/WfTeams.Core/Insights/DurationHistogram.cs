namespace WfTeams.Core.Insights;

/// <summary>
/// Durations counted in buckets of 1 hour below 7 days and 1 day from there (up to 10 years): small enough for an
/// aggregate row, adds up across cases and months, and precise enough for lead times of hours to months.
/// </summary>
public sealed class DurationHistogram
{
    private const int HourBuckets = 7 * 24;
    private const int MaxBucket = HourBuckets + 3650;

    /// <summary>Bucket → count; sorted, so equal histograms serialize equally.</summary>
    public SortedDictionary<int, long> Buckets { get; init; } = [];

    public long Count => Buckets.Values.Sum();

    public void Add(TimeSpan duration, long times = 1)
    {
        var bucket = Bucket(duration);
        var count = Buckets.GetValueOrDefault(bucket) + times;
        if (count == 0)
        {
            Buckets.Remove(bucket);
        }
        else
        {
            Buckets[bucket] = count;
        }
    }

    public void Merge(DurationHistogram other)
    {
        foreach (var (bucket, count) in other.Buckets)
        {
            var sum = Buckets.GetValueOrDefault(bucket) + count;
            if (sum == 0)
            {
                Buckets.Remove(bucket);
            }
            else
            {
                Buckets[bucket] = sum;
            }
        }
    }

    /// <summary>The nearest-rank quantile (0.5 = median), as the lower bound of its bucket; null when empty.</summary>
    public TimeSpan? Quantile(double q)
    {
        var total = Count;
        if (total <= 0)
        {
            return null;
        }

        var rank = Math.Max(1, (long)Math.Ceiling(q * total));
        long seen = 0;
        foreach (var (bucket, count) in Buckets)
        {
            seen += count;
            if (seen >= rank)
            {
                return LowerBound(bucket);
            }
        }

        return LowerBound(Buckets.Keys.Last());
    }

    public static int Bucket(TimeSpan duration)
    {
        var hours = Math.Max(0, (long)Math.Floor(duration.TotalHours));
        return hours < HourBuckets ? (int)hours : (int)Math.Min(MaxBucket, HourBuckets + (hours / 24) - 7);
    }

    public static TimeSpan LowerBound(int bucket) =>
        bucket < HourBuckets ? TimeSpan.FromHours(bucket) : TimeSpan.FromDays(bucket - HourBuckets + 7);
}
