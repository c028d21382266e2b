using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Nodes;
using Azure;
using Azure.Data.Tables;
using WfTeams.Core.Storage;

namespace WfTeams.Core.Reminders;

/// <summary>
/// Table <c>conversationrefs</c>: per tenant, where the bot may speak first. Partition <c>{tenant}|user</c>, one row per
/// user (RowKey = hash of the Entra object id): personal chat, Teams id, unreachable, reminders off. Partition
/// <c>{tenant}|conv</c>, one row per chat or channel (RowKey = hash of the conversation id). Partition
/// <c>{tenant}|service</c>: the service URL seen last, for creating a chat with someone the bot has not met.
/// Rows are merged, so recording a chat never resets a user's choice of reminders.
/// </summary>
public sealed class ConversationReferences(TableServiceClient service) : IPersonalDataStore
{
    public const string TableName = "conversationrefs";

    /// <summary>Teams display names are far shorter; a longer one is cut, never refused.</summary>
    private const int MaxName = 200;

    private readonly TableClient _table = service.GetTableClient(TableName);
    private readonly TableAccess _access = new(service, TableName);

    // What this instance wrote already: a message per turn must not cost a write per turn.
    private readonly ConcurrentDictionary<string, string> _written = new(StringComparer.Ordinal);

    /// <summary>A user wrote to the bot or installed it: their Teams id, and their personal chat when <paramref name="personalConversationId"/> is given.</summary>
    public Task RememberUserAsync(TenantId tenant, string objectId, string? teamsUserId, string serviceUrl, string? personalConversationId, CancellationToken cancellationToken = default, string? locale = null, string? name = null) =>
        _access.GuardAsync(async () =>
        {
            var row = new TableEntity(UserPartition(tenant), TableAccess.KeyHash(objectId)) { ["ObjectId"] = objectId, ["ServiceUrl"] = serviceUrl };
            if (teamsUserId is { Length: > 0 })
            {
                row["TeamsUserId"] = teamsUserId;
            }

            if (locale is { Length: > 0 and <= 20 })
            {
                row["Locale"] = locale;
            }

            if (name?.Trim() is { Length: > 0 } displayName)
            {
                row["Name"] = displayName.Length > MaxName ? displayName[..MaxName] : displayName;
            }

            if (personalConversationId is { Length: > 0 })
            {
                row["ConversationId"] = personalConversationId;
                row["Unreachable"] = false; // they came back: Teams lets us write again
            }

            await MergeOnceAsync(row, cancellationToken);
            await MergeOnceAsync(new TableEntity(ServicePartition(tenant), "last") { ["ServiceUrl"] = serviceUrl }, cancellationToken);
            return true;
        });

    /// <summary>A chat or channel the bot is in (a case's chat).</summary>
    public Task RememberConversationAsync(TenantId tenant, string conversationId, string serviceUrl, CancellationToken cancellationToken = default) =>
        _access.GuardAsync(async () =>
        {
            var row = new TableEntity(ConversationPartition(tenant), TableAccess.KeyHash(conversationId))
            {
                ["ConversationId"] = conversationId, ["ServiceUrl"] = serviceUrl, ["Unreachable"] = false,
            };
            await MergeOnceAsync(row, cancellationToken);
            await MergeOnceAsync(new TableEntity(ServicePartition(tenant), "last") { ["ServiceUrl"] = serviceUrl }, cancellationToken);
            return true;
        });

    public Task<UserReference?> FindUserAsync(TenantId tenant, string objectId, CancellationToken cancellationToken = default) =>
        _access.GuardAsync(async () =>
        {
            await _access.EnsureTablesAsync(cancellationToken);
            var row = await _table.GetEntityIfExistsAsync<TableEntity>(UserPartition(tenant), TableAccess.KeyHash(objectId), cancellationToken: cancellationToken);
            return row.HasValue ? ReadUser(row.Value!) : null;
        });

    public Task<ConversationReference?> FindConversationAsync(TenantId tenant, string conversationId, CancellationToken cancellationToken = default) =>
        _access.GuardAsync(async () =>
        {
            await _access.EnsureTablesAsync(cancellationToken);
            var row = await _table.GetEntityIfExistsAsync<TableEntity>(ConversationPartition(tenant), TableAccess.KeyHash(conversationId), cancellationToken: cancellationToken);
            return row.HasValue && row.Value!.GetString("ServiceUrl") is { } url
                ? new ConversationReference(url, conversationId, row.Value.GetBoolean("Unreachable") == true)
                : null;
        });

    /// <summary>The service URL the tenant's activities came from last: where a new chat is created.</summary>
    public Task<string?> ServiceUrlAsync(TenantId tenant, CancellationToken cancellationToken = default) =>
        _access.GuardAsync(async () =>
        {
            await _access.EnsureTablesAsync(cancellationToken);
            var row = await _table.GetEntityIfExistsAsync<TableEntity>(ServicePartition(tenant), "last", cancellationToken: cancellationToken);
            return row.HasValue ? row.Value!.GetString("ServiceUrl") : null;
        });

    /// <summary>Teams answered 403 (blocked, removed): no more messages to this user's chat until they write again.</summary>
    public Task MarkUserUnreachableAsync(TenantId tenant, string objectId, CancellationToken cancellationToken = default) =>
        MergeAsync(new TableEntity(UserPartition(tenant), TableAccess.KeyHash(objectId)) { ["ObjectId"] = objectId, ["Unreachable"] = true }, cancellationToken);

    public Task MarkConversationUnreachableAsync(TenantId tenant, string conversationId, CancellationToken cancellationToken = default) =>
        MergeAsync(new TableEntity(ConversationPartition(tenant), TableAccess.KeyHash(conversationId)) { ["ConversationId"] = conversationId, ["Unreachable"] = true }, cancellationToken);

    /// <summary><c>erinnerungen aus</c> / <c>an</c>: kept with the user's row, whichever chat it was said in.</summary>
    public Task SetRemindersAsync(TenantId tenant, string objectId, bool on, CancellationToken cancellationToken = default) =>
        MergeAsync(new TableEntity(UserPartition(tenant), TableAccess.KeyHash(objectId)) { ["ObjectId"] = objectId, ["RemindersOff"] = !on }, cancellationToken);

    /// <summary>Every user of the tenant the bot knows (one query, paged): whom the daily digest may go to.</summary>
    public async IAsyncEnumerable<UserReference> UsersAsync(TenantId tenant, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await _access.GuardAsync(async () => { await _access.EnsureTablesAsync(cancellationToken); return true; });
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {UserPartition(tenant)}");
        await foreach (var row in _table.QueryAsync<TableEntity>(filter, maxPerPage: 1000, cancellationToken: cancellationToken))
        {
            yield return ReadUser(row);
        }
    }

    public string Name => "conversation references";

    /// <summary>Removes everything kept about the user (their chat, Teams id, reminder choice): <c>users forget</c>. Answers 1 when there was a row, else 0.</summary>
    public Task<int> ForgetUserAsync(TenantId tenant, string objectId, CancellationToken cancellationToken) =>
        _access.GuardAsync(async () =>
        {
            await _access.EnsureTablesAsync(cancellationToken);
            var key = TableAccess.KeyHash(objectId);
            _written.TryRemove(UserPartition(tenant) + "/" + key, out _);
            try
            {
                await _table.DeleteEntityAsync(UserPartition(tenant), key, ETag.All, cancellationToken);
                return 1;
            }
            catch (RequestFailedException ex) when (ex.Status == 404)
            {
                return 0;
            }
        });

    /// <summary>What is kept about the user (DSGVO Art. 15): their reference row, or null.</summary>
    public async Task<JsonNode?> ExportUserAsync(TenantId tenant, string objectId, CancellationToken cancellationToken) =>
        await FindUserAsync(tenant, objectId, cancellationToken) is { } user ? JsonSerializer.SerializeToNode(user, ExportJson) : null;

    private static readonly JsonSerializerOptions ExportJson = new(JsonSerializerDefaults.Web);

    private async Task MergeOnceAsync(TableEntity row, CancellationToken cancellationToken)
    {
        var key = row.PartitionKey + "/" + row.RowKey;
        var fingerprint = string.Join("\n", row.Where(p => p.Key is not ("PartitionKey" or "RowKey")).OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key}={p.Value}"));
        if (_written.TryGetValue(key, out var known) && known == fingerprint)
        {
            return;
        }

        await MergeAsync(row, cancellationToken);
        _written[key] = fingerprint;
    }

    private Task MergeAsync(TableEntity row, CancellationToken cancellationToken) =>
        _access.GuardAsync(async () =>
        {
            TableLimits.Check(row);
            await _access.EnsureTablesAsync(cancellationToken);
            _written.TryRemove(row.PartitionKey + "/" + row.RowKey, out _);
            await _table.UpsertEntityAsync(row, TableUpdateMode.Merge, cancellationToken);
            return true;
        });

    private static UserReference ReadUser(TableEntity row) => new(
        row.GetString("ObjectId") ?? "",
        row.GetString("TeamsUserId"),
        row.GetString("ServiceUrl"),
        row.GetString("ConversationId"),
        row.GetBoolean("Unreachable") == true,
        row.GetBoolean("RemindersOff") == true,
        row.GetString("Locale"),
        row.GetString("Name"));

    private static string UserPartition(TenantId tenant) => $"{tenant.Value}|user";

    private static string ConversationPartition(TenantId tenant) => $"{tenant.Value}|conv";

    private static string ServicePartition(TenantId tenant) => $"{tenant.Value}|service";
}
