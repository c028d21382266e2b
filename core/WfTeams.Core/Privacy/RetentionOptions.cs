namespace WfTeams.Core.Privacy;

/// <summary>Section <c>Cases</c>: how long ended cases are kept.</summary>
public sealed class RetentionOptions
{
    public const int MaxDays = 36500;

    /// <summary>Finished and cancelled cases are deleted this many days after they ended (DSGVO: no longer than needed). Open cases are never deleted.</summary>
    public int RetentionDays { get; set; } = 730;

    public bool IsValid => RetentionDays is >= 1 and <= MaxDays;
}
