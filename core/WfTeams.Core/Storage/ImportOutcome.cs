namespace WfTeams.Core.Storage;

public enum ImportOutcome
{
    Created,
    Released,
    Unchanged,
}
