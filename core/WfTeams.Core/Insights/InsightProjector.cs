using System.Collections.Concurrent;
using WfTeams.Core.Processes;
using WfTeams.Core.Runs;
using WfTeams.Core.Storage;

namespace WfTeams.Core.Insights;

/// <summary>
/// Keeps the figures as cases change: the case runner's follower. Changes of one process are applied one batch at a time
/// (group commit): a change alone costs one query and one transaction; changes arriving while a batch is stored wait and go
/// into the next one together, so concurrent completions share their aggregate rows instead of racing for them (409/412 and
/// a read again). <see cref="FollowAsync"/> returns once the change is in the figures, as before.
/// </summary>
public sealed class InsightProjector(InsightStore store) : ICaseFollower
{
    private readonly ConcurrentDictionary<string, Lane> _lanes = new(StringComparer.Ordinal);

    public Task FollowAsync(TenantId tenant, CaseState state, ProcessTemplate template, CaseEvent recorded, CancellationToken cancellationToken) =>
        _lanes.GetOrAdd(InsightRows.PartitionKey(tenant, template.Id), _ => new Lane(store, tenant)).Add(new Projection(state.Id, template, recorded));

    /// <summary>The changes of one process waiting for their batch, and whether a batch is being stored.</summary>
    private sealed class Lane(InsightStore store, TenantId tenant)
    {
        private readonly object _gate = new();
        private readonly List<(Projection Change, TaskCompletionSource Done)> _waiting = [];
        private bool _storing;

        public Task Add(Projection change)
        {
            var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            lock (_gate)
            {
                _waiting.Add((change, done));
                if (_storing)
                {
                    return done.Task;
                }

                _storing = true;
            }

            _ = Task.Run(StoreAsync);
            return done.Task;
        }

        private async Task StoreAsync()
        {
            while (true)
            {
                List<(Projection Change, TaskCompletionSource Done)> batch;
                lock (_gate)
                {
                    if (_waiting.Count == 0)
                    {
                        _storing = false;
                        return;
                    }

                    batch = _waiting.Take(InsightStore.MaxBatch).ToList();
                    _waiting.RemoveRange(0, batch.Count);
                }

                try
                {
                    await store.ProjectAsync(tenant, [.. batch.Select(b => b.Change)]);
                    batch.ForEach(b => b.Done.TrySetResult());
                }
                catch (Exception) when (batch.Count > 1)
                {
                    // The batch as a whole failed (a limit, contention beyond the retries): each change on its own.
                    foreach (var (change, done) in batch)
                    {
                        try
                        {
                            await store.ProjectAsync(tenant, [change]);
                            done.TrySetResult();
                        }
                        catch (Exception ex)
                        {
                            done.TrySetException(ex);
                        }
                    }
                }
                catch (Exception ex)
                {
                    batch.ForEach(b => b.Done.TrySetException(ex));
                }
            }
        }
    }
}
