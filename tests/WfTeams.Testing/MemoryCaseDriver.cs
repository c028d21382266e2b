using WfTeams.Core.Processes;
using WfTeams.Core.Runs;

namespace WfTeams.Testing;

/// <summary>Runs a case through <see cref="CaseFlow"/> alone: the same states and events as the runner, without storage.</summary>
public sealed class MemoryCaseDriver(ProcessTemplate template) : ICaseDriver
{
    public Task<CaseApplied> StartAsync(StartCase command, DateTimeOffset at)
    {
        var (state, started) = CaseFlow.Start(command, template, "c" + Guid.NewGuid().ToString("N")[..19], at);
        return Task.FromResult(new CaseApplied(state, template, started));
    }

    public Task<CaseApplied> ExecuteAsync(CaseState state, CaseCommand command, DateTimeOffset at) =>
        Task.FromResult(CaseFlow.Apply(state, template, command, at) as CaseApplied
            ?? throw new InvalidOperationException($"{command.GetType().Name} was not applied to {state.CurrentStepId}."));
}
