using Microsoft.Extensions.Options;
using WfTeams.Core.Privacy;
using WfTeams.Core.Storage;

namespace WfTeams.Bot.Privacy;

/// <summary>
/// Deletes the ended cases older than <c>Cases:RetentionDays</c> once a day. Every instance looks once an hour;
/// the one that takes the lease <c>retention</c> (held <see cref="LeaseDuration"/>, never released early) runs
/// it, so across all instances it runs once per lease. The first look waits <see cref="FirstLook"/> after the
/// start: never on the path to readiness.
/// </summary>
public sealed class RetentionService(
    CaseRetention retention, TableLease lease, TenantId tenant, IOptions<RetentionOptions> options, TimeProvider time, ILogger<RetentionService> logger)
    : BackgroundService
{
    public static readonly TimeSpan LeaseDuration = TimeSpan.FromHours(23);
    public static readonly TimeSpan Interval = TimeSpan.FromHours(1);
    public static readonly TimeSpan FirstLook = TimeSpan.FromMinutes(5);

    private readonly string _holder = $"{Environment.MachineName}/{Environment.ProcessId}/{Guid.NewGuid():N}";
    private DateTimeOffset _nextRun = DateTimeOffset.MinValue;

    /// <summary>One lease per tenant, as the reminders' slices.</summary>
    private string LeaseName => "retention|" + tenant.Value;

    /// <summary>One look: runs the retention when this instance's turn has come and it gets the lease; answers the cases deleted, or null when it did not run.</summary>
    public async Task<int?> LookAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        // Our own lease would let us in again at once: the next run waits until it has run out.
        if (now < _nextRun || !await lease.TryTakeAsync(LeaseName, _holder, LeaseDuration, cancellationToken))
        {
            return null;
        }

        _nextRun = now + LeaseDuration;
        var days = options.Value.RetentionDays;
        var deleted = await retention.PurgeAsync(tenant, CaseRetention.Cutoff(now, days), "retention", cancellationToken);
        logger.LogInformation("Retention: {Deleted} ended cases older than {Days} days deleted.", deleted, days);
        return deleted;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await Task.Delay(FirstLook, time, stoppingToken);
            while (!stoppingToken.IsCancellationRequested)
            {
                try
                {
                    await LookAsync(stoppingToken);
                }
                catch (StorageUnavailableException ex)
                {
                    logger.LogWarning("Retention skipped: {Reason}", ex.Message);
                }

                await Task.Delay(Interval, time, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down.
        }
    }
}
