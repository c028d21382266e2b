using WfTeams.Core.Runs;
using WfTeams.Core.Storage;

namespace WfTeams.Testing;

/// <summary>Runs a case through the real <see cref="CaseRunner"/> (and so its storage and followers), each command at its own moment.</summary>
public sealed class RunnerCaseDriver(TemplateStore templates, CaseStore cases, ICaseFollower? follower = null) : ICaseDriver
{
    public async Task<CaseApplied> StartAsync(StartCase command, DateTimeOffset at) =>
        await Runner(at).StartAsync(command) as CaseApplied ?? throw new InvalidOperationException("The case did not start.");

    public async Task<CaseApplied> ExecuteAsync(CaseState state, CaseCommand command, DateTimeOffset at) =>
        await Runner(at).ExecuteAsync(command) as CaseApplied
            ?? throw new InvalidOperationException($"{command.GetType().Name} was not applied to {state.CurrentStepId}.");

    // A runner per command, each with its own clock: scripts may run in parallel.
    private CaseRunner Runner(DateTimeOffset at) => new(templates, cases, new ManualTime(at), follower);
}
