using WfTeams.Core.Processes;
using WfTeams.Core.Storage;

namespace WfTeams.Core.Runs;

/// <summary>
/// Told of every change after it is stored (the case's events up to <see cref="CaseEvent.Sequence"/> exist), once per
/// stored change and never for a retried activity. Keeps derived data such as figures; it must catch up by itself on
/// what it missed (a crash between the case's write and this call), so the case runner does not wait for it to succeed.
/// </summary>
public interface ICaseFollower
{
    Task FollowAsync(TenantId tenant, CaseState state, ProcessTemplate template, CaseEvent recorded, CancellationToken cancellationToken);
}
