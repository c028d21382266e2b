using System.Text.Json;
using System.Text.Json.Nodes;
using Azure;
using Azure.Data.Tables;
using WfTeams.Core.Runs;
using WfTeams.Core.Storage;

namespace WfTeams.Core.Privacy;

/// <summary>
/// The cases as a store of personal data: staff appear in a case's state and events as <see cref="Actor"/>s
/// (Entra object id beside the name) and, typed, in captured values, reasons and the subject.
/// Forgetting reads every case of the tenant twice: first to learn the names the person was shown under,
/// then to rewrite each case's events and state that still hold one of them (events first, the state last,
/// each write guarded by the ETag it read). A run that stops halfway is finished by the next one.
/// </summary>
public sealed class CasePersonalData(TableServiceClient service) : IPersonalDataStore
{
    private const int Attempts = 3;

    private readonly CaseTables _tables = new(service);

    public string Name => "cases";

    public Task<int> ForgetUserAsync(TenantId tenant, string objectId, CancellationToken cancellationToken) =>
        _tables.Access.GuardAsync(async () =>
        {
            ArgumentException.ThrowIfNullOrEmpty(objectId);
            await _tables.Access.EnsureTablesAsync(cancellationToken);
            var names = new List<string>();
            await foreach (var rows in _tables.CasesAsync(tenant, cancellationToken))
            {
                if (CaseTables.State(rows) is { } state)
                {
                    names.AddRange(PersonRedaction.NamesOf(state, objectId));
                }

                names.AddRange(CaseTables.Events(rows).SelectMany(e => PersonRedaction.NamesOf(e, objectId)));
            }

            var searched = PersonRedaction.Searched(names);
            var changed = 0;
            await foreach (var rows in _tables.CasesAsync(tenant, cancellationToken))
            {
                changed += await ForgetInCaseAsync(tenant, rows, objectId, searched, cancellationToken);
            }

            return changed;
        });

    public Task<JsonNode?> ExportUserAsync(TenantId tenant, string objectId, CancellationToken cancellationToken) =>
        _tables.Access.GuardAsync(async () =>
        {
            await _tables.Access.EnsureTablesAsync(cancellationToken);
            var cases = new JsonArray();
            await foreach (var rows in _tables.CasesAsync(tenant, cancellationToken))
            {
                var state = CaseTables.State(rows);
                var events = CaseTables.Events(rows).Where(e => PersonRedaction.NamesOf(e, objectId).Any()).ToList();
                if (events.Count == 0 && (state is null || !PersonRedaction.NamesOf(state, objectId).Any()))
                {
                    continue;
                }

                cases.Add(new JsonObject
                {
                    ["caseId"] = CaseTables.CaseIdOf(rows[0]),
                    ["subject"] = state?.Subject,
                    ["templateName"] = state?.TemplateName,
                    ["status"] = state?.Status.ToString(),
                    ["names"] = new JsonArray([.. (state is null ? [] : PersonRedaction.NamesOf(state, objectId)).Concat(events.SelectMany(e => PersonRedaction.NamesOf(e, objectId))).Distinct().Select(n => (JsonNode)n)]),
                    ["events"] = new JsonArray([.. events.Select(e => JsonSerializer.SerializeToNode(e, CaseJson.Options))]),
                });
            }

            return cases.Count == 0 ? null : (JsonNode)new JsonObject { ["cases"] = cases };
        });

    /// <summary>Rewrites the case's rows that still name the person; read again and retried when the bot changed the case meanwhile.</summary>
    private async Task<int> ForgetInCaseAsync(TenantId tenant, List<TableEntity> rows, string objectId, IReadOnlyList<string> names, CancellationToken cancellationToken)
    {
        var caseId = CaseTables.CaseIdOf(rows[0]);
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await RewriteAsync(tenant, caseId, rows, objectId, names, cancellationToken);
            }
            catch (RequestFailedException ex) when (ex.Status == 412 && attempt < Attempts)
            {
                rows = (await _tables.RowsAsync(tenant, caseId, cancellationToken))
                    .Where(r => r.RowKey == CaseRows.StateKey || r.RowKey.StartsWith("event|", StringComparison.Ordinal)).ToList();
            }
        }
    }

    private async Task<int> RewriteAsync(TenantId tenant, string caseId, List<TableEntity> rows, string objectId, IReadOnlyList<string> names, CancellationToken cancellationToken)
    {
        var partition = rows[0].PartitionKey;
        var events = new List<TableEntity>();
        foreach (var row in rows.Where(r => r.RowKey != CaseRows.StateKey))
        {
            var recorded = CaseRows.ReadEvent(row);
            var redacted = PersonRedaction.Redact(recorded, objectId, names);
            if (!Same(recorded, redacted))
            {
                var rewritten = CaseRows.EventRow(partition, redacted);
                rewritten.ETag = row.ETag;
                events.Add(rewritten);
            }
        }

        await CaseTables.ReplaceAsync(_tables.Cases, events, cancellationToken);
        var changed = events.Count;
        if (rows.FirstOrDefault(r => r.RowKey == CaseRows.StateKey) is not { } stateRow)
        {
            return changed;
        }

        var state = CaseRows.ReadState(stateRow);
        var redactedState = PersonRedaction.Redact(state, objectId, names);
        if (Same(state, redactedState))
        {
            return changed;
        }

        var snapshot = await _tables.Cases.GetEntityAsync<TableEntity>(partition, CaseRows.SnapshotKey, cancellationToken: cancellationToken);
        var newState = CaseRows.StateRow(partition, redactedState, TemplateBody.Read(snapshot.Value));
        newState.ETag = stateRow.ETag;
        await CaseTables.ReplaceAsync(_tables.Cases, [newState], cancellationToken);
        if (redactedState.Subject != state.Subject)
        {
            foreach (var index in await _tables.IndexRowsAsync(tenant, caseId, state, [], cancellationToken))
            {
                await _tables.Index.UpdateEntityAsync(new TableEntity(index.PartitionKey, index.RowKey) { ["Subject"] = redactedState.Subject }, index.ETag, TableUpdateMode.Merge, cancellationToken);
            }
        }

        return changed + 1;
    }

    private static bool Same<T>(T before, T after) =>
        JsonSerializer.Serialize(before, CaseJson.Options) == JsonSerializer.Serialize(after, CaseJson.Options);
}
