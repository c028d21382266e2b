using WfTeams.Core.Runs;

namespace WfTeams.Testing;

/// <summary>Applies case commands at a given moment: in memory (<see cref="MemoryCaseDriver"/>) or through the real runner and storage.</summary>
public interface ICaseDriver
{
    Task<CaseApplied> StartAsync(StartCase command, DateTimeOffset at);

    Task<CaseApplied> ExecuteAsync(CaseState state, CaseCommand command, DateTimeOffset at);
}
