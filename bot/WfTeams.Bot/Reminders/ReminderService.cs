using System.Diagnostics;
using Microsoft.Extensions.Options;
using WfTeams.Bot.Telemetry;
using WfTeams.Core.Reminders;
using WfTeams.Core.Runs;
using WfTeams.Core.Storage;

namespace WfTeams.Bot.Reminders;

/// <summary>
/// Runs the <see cref="ReminderScheduler"/> in every host instance, one tick per <c>Reminders:Interval</c> (the first
/// after one interval); the slices' leases decide which instance works what. Also makes the configured working days
/// the calendar of due dates. In-process timers need App Service's <c>alwaysOn</c> (M365-FACTS).
/// </summary>
public sealed partial class ReminderService(
    ReminderScheduler scheduler, IOptions<ReminderOptions> options, TimeProvider time, ILogger<ReminderService> logger) : BackgroundService
{
    public override Task StartAsync(CancellationToken cancellationToken)
    {
        if (options.Value.Read().Settings is { } settings)
        {
            WorkingCalendar.Current = settings.Calendar;
        }

        return base.StartAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Enabled)
        {
            return;
        }

        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                await Task.Delay(options.Value.Interval, time, stoppingToken);
                var started = Stopwatch.GetTimestamp();
                try
                {
                    var report = await scheduler.TickAsync(stoppingToken);
                    ReminderMetrics.Ticked(report, Stopwatch.GetElapsedTime(started));
                }
                catch (StorageUnavailableException exception)
                {
                    LogTickFailed(logger, exception.Message);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // shutting down
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        try
        {
            await scheduler.ReleaseAsync(cancellationToken);
        }
        catch (Exception exception) when (exception is StorageUnavailableException or OperationCanceledException)
        {
            // the leases run out on their own
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Reminder tick failed: {Reason}")]
    private static partial void LogTickFailed(ILogger logger, string reason);
}
