using WfTeams.Core.Processes;
using WfTeams.Core.Runs;
using WfTeams.Core.Storage;

namespace WfTeams.Core.Insights;

/// <summary>Keeps the figures as cases change: the case runner's follower. One query and one transaction per change.</summary>
public sealed class InsightProjector(InsightStore store) : ICaseFollower
{
    public Task FollowAsync(TenantId tenant, CaseState state, ProcessTemplate template, CaseEvent recorded, CancellationToken cancellationToken) =>
        store.ProjectAsync(tenant, state.Id, template, recorded, cancellationToken);
}
