using System.Diagnostics.Metrics;
using WfTeams.Core.Reminders;

namespace WfTeams.Bot.Telemetry;

/// <summary>The reminders' metrics on the "WfTeams" meter: messages by kind and outcome, and what a scheduler tick cost.</summary>
public static class ReminderMetrics
{
    private static readonly Meter Meter = new(WfTeamsTelemetry.Name);
    private static readonly Counter<long> Messages = Meter.CreateCounter<long>("wfteams.reminders", "{message}", "Messages the bot sent on its own");
    private static readonly Histogram<double> TickDuration = Meter.CreateHistogram<double>("wfteams.reminders.tick.duration", "s", "Time of one reminder scheduler tick");
    private static readonly Counter<long> Queries = Meter.CreateCounter<long>("wfteams.reminders.queries", "{query}", "Table queries made by the reminder scheduler");

    private static readonly HashSet<string> Kinds = ["due", "assigned", "finished", "digest"];

    public static void Delivered(string kind, Delivery delivery) =>
        Messages.Add(1,
            new KeyValuePair<string, object?>("wfteams.reminder.kind", Kinds.Contains(kind) ? kind : "other"),
            new KeyValuePair<string, object?>("wfteams.outcome", delivery.ToString().ToLowerInvariant()));

    public static void Ticked(TickReport report, TimeSpan elapsed)
    {
        TickDuration.Record(elapsed.TotalSeconds);
        Queries.Add(report.Queries);
    }
}
