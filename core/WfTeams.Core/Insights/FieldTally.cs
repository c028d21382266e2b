namespace WfTeams.Core.Insights;

/// <summary>A capture field over the finished cases: how many had a value, how many a number, and the numbers' sum.</summary>
public sealed class FieldTally
{
    public long Count { get; set; }
    public long Numbers { get; set; }
    public decimal Sum { get; set; }

    public void Merge(FieldTally other)
    {
        Count += other.Count;
        Numbers += other.Numbers;
        Sum += other.Sum;
    }
}
