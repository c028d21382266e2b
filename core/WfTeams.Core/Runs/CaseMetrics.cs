using System.Diagnostics.Metrics;
using System.Security.Cryptography;
using System.Text;

namespace WfTeams.Core.Runs;

/// <summary>
/// Counters for what cases do, on the "WfTeams" meter the host exports (or not: nothing listens by default).
/// Recorded where a change is stored, once per change (a Teams retry counts nothing). Tags never carry
/// a subject, a name or free text; the template id goes out hashed (<see cref="Hash"/>).
/// </summary>
public static class CaseMetrics
{
    public const string MeterName = "WfTeams";

    private static readonly Meter Meter = new(MeterName);
    private static readonly Counter<long> Started = Meter.CreateCounter<long>("wfteams.cases.started", "{case}", "Cases started");
    private static readonly Counter<long> Finished = Meter.CreateCounter<long>("wfteams.cases.finished", "{case}", "Cases that reached their end");
    private static readonly Counter<long> Cancelled = Meter.CreateCounter<long>("wfteams.cases.cancelled", "{case}", "Cases cancelled");
    private static readonly Counter<long> StepsCompleted = Meter.CreateCounter<long>("wfteams.steps.completed", "{step}", "Steps completed");

    /// <summary>SHA-256 of an id, the first 16 hex digits: tells ids apart in telemetry without naming them.</summary>
    public static string Hash(string id) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(id)))[..16];

    /// <summary>Counts a stored change: the start, a completed step, and how the case ended if it did.</summary>
    internal static void Record(CaseState state, CaseEvent change)
    {
        var template = new KeyValuePair<string, object?>("wfteams.template", Hash(state.TemplateId));
        switch (change.Kind)
        {
            case CaseEventKind.Started:
                Started.Add(1, template);
                break;
            case CaseEventKind.Completed:
                StepsCompleted.Add(1, template);
                break;
        }

        if (state.IsOpen)
        {
            return;
        }

        if (state.Status == CaseStatus.Cancelled)
        {
            Cancelled.Add(1, template);
        }
        else if (state.Status == CaseStatus.Finished)
        {
            Finished.Add(1, template);
        }
    }
}
