namespace WfTeams.Core.Runs;

/// <summary>What a command did: applied (the new state), refused (why, nothing changed) or invalid input at fields.</summary>
public abstract record CaseOutcome;
