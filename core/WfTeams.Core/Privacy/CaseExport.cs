using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Azure.Data.Tables;
using WfTeams.Core.Processes;
using WfTeams.Core.Runs;
using WfTeams.Core.Storage;

namespace WfTeams.Core.Privacy;

/// <summary>
/// Everything stored about one case as one JSON document (DSGVO Art. 15): the state, the template version it
/// runs on, the whole audit trail, which Teams activities changed it, and the index rows that list it. Rows of
/// a kind this class does not know are included with their plain columns, so nothing stored is left out.
/// </summary>
public sealed class CaseExport(TableServiceClient service, AuditLog audit)
{
    private readonly CaseTables _tables = new(service);

    /// <summary>The document, or null when the case does not exist. Audited as <c>export</c> with the case id.</summary>
    public Task<JsonObject?> ExportAsync(TenantId tenant, string caseId, string origin, CancellationToken cancellationToken = default) =>
        _tables.Access.GuardAsync(async () =>
        {
            if (!CaseStore.IsCaseId(caseId))
            {
                return null;
            }

            await _tables.Access.EnsureTablesAsync(cancellationToken);
            var rows = await _tables.RowsAsync(tenant, caseId, cancellationToken);
            if (rows.Count == 0)
            {
                return null;
            }

            var state = CaseTables.State(rows);
            var events = CaseTables.Events(rows);
            var index = await _tables.IndexRowsAsync(tenant, caseId, state, events, cancellationToken);
            var document = new JsonObject
            {
                ["caseId"] = caseId,
                ["tenant"] = tenant.Value,
                ["state"] = state is null ? null : JsonSerializer.SerializeToNode(state, CaseJson.Options),
                ["template"] = rows.FirstOrDefault(r => r.RowKey == CaseRows.SnapshotKey) is { } snapshot
                    ? JsonNode.Parse(TemplateJson.SerializeToUtf8Bytes(TemplateBody.Read(snapshot), indented: false))
                    : null,
                ["events"] = new JsonArray([.. events.Select(e => JsonSerializer.SerializeToNode(e, CaseJson.Options))]),
                ["activities"] = new JsonArray([.. rows.Where(r => r.RowKey.StartsWith("activity|", StringComparison.Ordinal)).Select(Plain)]),
                ["index"] = new JsonArray([.. index.Select(Plain)]),
                ["otherRows"] = new JsonArray([.. rows.Where(r => !IsKnown(r.RowKey)).Select(Plain)]),
            };
            await audit.RecordAsync(tenant, "export", caseId, rows.Count + index.Count, origin, cancellationToken);
            return document;
        });

    private static bool IsKnown(string rowKey) =>
        rowKey is CaseRows.StateKey or CaseRows.SnapshotKey
        || rowKey.StartsWith("event|", StringComparison.Ordinal)
        || rowKey.StartsWith("activity|", StringComparison.Ordinal);

    /// <summary>A row's keys and plain columns (binary columns as base64).</summary>
    private static JsonNode Plain(TableEntity row)
    {
        var json = new JsonObject { ["partitionKey"] = row.PartitionKey, ["rowKey"] = row.RowKey };
        foreach (var (key, value) in row.Where(p => p.Key is not ("PartitionKey" or "RowKey" or "odata.etag" or "Timestamp")).OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            json[key] = value switch
            {
                null => null,
                string text => text,
                bool flag => flag,
                int number => number,
                long number => number,
                double number => number,
                DateTimeOffset at => at.ToString("O", CultureInfo.InvariantCulture),
                DateTime at => at.ToString("O", CultureInfo.InvariantCulture),
                byte[] bytes => Convert.ToBase64String(bytes),
                _ => Convert.ToString(value, CultureInfo.InvariantCulture),
            };
        }

        if (row.Timestamp is { } written)
        {
            json["Timestamp"] = written.ToString("O", CultureInfo.InvariantCulture);
        }

        return json;
    }
}
