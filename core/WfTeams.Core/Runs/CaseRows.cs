using System.Globalization;
using System.Text.Json;
using Azure.Data.Tables;
using WfTeams.Core.Processes;
using WfTeams.Core.Storage;

namespace WfTeams.Core.Runs;

/// <summary>
/// How a case maps onto rows of table <c>cases</c>: the keys, and the state, event and activity rows written
/// and read back. No I/O: <see cref="CaseStore"/> does the transactions.
/// </summary>
internal static class CaseRows
{
    public const string StateKey = "state";
    public const string SnapshotKey = "snapshot";

    /// <summary>The state row's columns a case list needs, so listing never reads the compressed state.</summary>
    public static readonly string[] SummaryColumns =
        ["Subject", "TemplateName", "Status", "StepId", "StepTitle", "StepNumber", "StepCount", "DueAt", "AssigneeName", "Version", "UpdatedAt"];

    public static string PartitionKey(TenantId tenant, string caseId) => $"{tenant.Value}|case|{caseId}";

    public static string EventKey(int sequence) => string.Create(CultureInfo.InvariantCulture, $"event|{sequence:D10}");

    public static string ActivityKey(string activityId) => "activity|" + TableAccess.KeyHash(activityId);

    public static TableEntity Snapshot(string partition, ProcessTemplate template)
    {
        var snapshot = new TableEntity(partition, SnapshotKey) { ["TemplateId"] = template.Id, ["TemplateVersion"] = template.Version };
        TemplateBody.Write(TemplateBody.Encode(template), snapshot);
        return snapshot;
    }

    public static TableEntity StateRow(string partition, CaseState state, ProcessTemplate template)
    {
        var summary = CaseSummary.Of(state, template);
        var row = new TableEntity(partition, StateKey)
        {
            ["Subject"] = summary.Subject,
            ["TemplateName"] = summary.TemplateName,
            ["Status"] = summary.Status.ToString(),
            ["StepId"] = summary.StepId ?? "",
            ["StepTitle"] = summary.StepTitle ?? "",
            ["StepNumber"] = summary.StepNumber,
            ["StepCount"] = summary.StepCount,
            ["DueAt"] = summary.DueAt,
            ["AssigneeName"] = summary.AssigneeName ?? "",
            ["Version"] = summary.Version,
            ["UpdatedAt"] = summary.UpdatedAt,
        };
        var json = JsonSerializer.SerializeToUtf8Bytes(state, CaseJson.Options);
        ChunkedBody.Write(row, "State", ChunkedBody.Compress(json, quality: 3), json.Length);
        return row;
    }

    public static CaseSummary ReadSummary(string caseId, TableEntity row) => new(
        caseId,
        row.GetString("Subject") ?? "",
        row.GetString("TemplateName") ?? "",
        Enum.TryParse<CaseStatus>(row.GetString("Status"), out var status) ? status : CaseStatus.Active,
        row.GetString("StepId") is { Length: > 0 } stepId ? stepId : null,
        row.GetString("StepTitle") is { Length: > 0 } title ? title : null,
        row.GetInt32("StepNumber") ?? 0,
        row.GetInt32("StepCount") ?? 0,
        row.GetDateTimeOffset("DueAt"),
        row.GetString("AssigneeName") is { Length: > 0 } assignee ? assignee : null,
        row.GetInt32("Version") ?? 0,
        row.GetDateTimeOffset("UpdatedAt") ?? default);

    public static CaseState ReadState(TableEntity row) =>
        JsonSerializer.Deserialize<CaseState>(ChunkedBody.Read(row, "State"), CaseJson.Options)
            ?? throw new InvalidDataException($"Case row {row.PartitionKey} is empty.");

    public static TableEntity EventRow(string partition, CaseEvent recorded)
    {
        var row = new TableEntity(partition, EventKey(recorded.Sequence))
        {
            ["Kind"] = recorded.Kind.ToString(),
            ["StepId"] = recorded.StepId ?? "",
            ["ActorId"] = recorded.Actor.Id,
            ["ActorName"] = recorded.Actor.Name,
            ["At"] = recorded.At,
        };
        var json = JsonSerializer.SerializeToUtf8Bytes(recorded, CaseJson.Options);
        ChunkedBody.Write(row, "Data", ChunkedBody.Compress(json, quality: 3), json.Length);
        return row;
    }

    public static CaseEvent ReadEvent(TableEntity row) =>
        JsonSerializer.Deserialize<CaseEvent>(ChunkedBody.Read(row, "Data"), CaseJson.Options)
            ?? throw new InvalidDataException($"Event row {row.RowKey} is empty.");

    public static TableEntity ActivityRow(string partition, CaseEvent recorded) => new(partition, ActivityKey(recorded.ActivityId))
    {
        ["Sequence"] = recorded.Sequence,
        ["Kind"] = recorded.Kind.ToString(),
        ["ActivityId"] = recorded.ActivityId.Length <= 1000 ? recorded.ActivityId : recorded.ActivityId[..1000],
    };
}
