using System.Globalization;
using Azure.Data.Tables;
using WfTeams.Core.Storage;

namespace WfTeams.Core.Publishing;

/// <summary>
/// The published marks, in the tenant's partition of the table <c>templates</c> beside the template rows:
/// one row <c>published:{id}:{0000000001}</c> per published version (where, when, the links).
/// </summary>
public sealed class PublishMarks(TableServiceClient service)
{
    private const string Prefix = "published:";

    private readonly TableClient _table = service.GetTableClient(TemplateStore.TableName);
    private readonly TableAccess _access = new(service, TemplateStore.TableName);

    public Task<PublishMark?> GetAsync(TenantId tenant, string templateId, int version, CancellationToken cancellationToken = default) =>
        _access.GuardAsync(async () =>
        {
            await _access.EnsureTablesAsync(cancellationToken);
            var row = await _table.GetEntityIfExistsAsync<TableEntity>(tenant.Value, Key(templateId, version), cancellationToken: cancellationToken);
            return row.HasValue ? FromRow(row.Value!) : null;
        });

    /// <summary>Every mark of the tenant, or of one template: a range of one partition.</summary>
    public Task<IReadOnlyList<PublishMark>> ListAsync(TenantId tenant, string? templateId = null, CancellationToken cancellationToken = default) =>
        _access.GuardAsync(async () =>
        {
            await _access.EnsureTablesAsync(cancellationToken);
            var from = templateId is null ? Prefix : $"{Prefix}{templateId}:";
            var to = from[..^1] + (char)(from[^1] + 1);
            var filter = TableClient.CreateQueryFilter($"PartitionKey eq {tenant.Value} and RowKey ge {from} and RowKey lt {to}");
            var marks = new List<PublishMark>();
            await foreach (var row in _table.QueryAsync<TableEntity>(filter, maxPerPage: 1000, cancellationToken: cancellationToken))
            {
                marks.Add(FromRow(row));
            }

            return (IReadOnlyList<PublishMark>)marks;
        });

    public Task SaveAsync(TenantId tenant, PublishMark mark, CancellationToken cancellationToken = default) =>
        _access.GuardAsync(async () =>
        {
            var row = ToRow(tenant, mark);
            TableLimits.Check(row);
            await _access.EnsureTablesAsync(cancellationToken);
            await _table.UpsertEntityAsync(row, TableUpdateMode.Replace, cancellationToken);
            return true;
        });

    internal static string Key(string templateId, int version) =>
        string.Create(CultureInfo.InvariantCulture, $"{Prefix}{templateId}:{version:D10}");

    private static TableEntity ToRow(TenantId tenant, PublishMark mark) => new(tenant.Value, Key(mark.TemplateId, mark.Version))
    {
        ["TemplateId"] = mark.TemplateId,
        ["Version"] = mark.Version,
        ["Name"] = mark.Name,
        ["Code"] = mark.Code ?? "",
        ["Owner"] = mark.Owner,
        ["Category"] = mark.Category ?? "",
        ["ReleasedOn"] = mark.ReleasedOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        ["FileName"] = mark.FileName,
        ["Target"] = mark.Target,
        ["WebUrl"] = mark.WebUrl.AbsoluteUri,
        ["PdfUrl"] = mark.PdfUrl?.AbsoluteUri ?? "",
        ["Location"] = mark.Location,
        ["PdfLocation"] = mark.PdfLocation ?? "",
        ["PublishedAt"] = mark.PublishedAt,
        ["Archived"] = mark.Archived,
    };

    private static PublishMark FromRow(TableEntity row) => new(
        row.GetString("TemplateId") ?? "",
        row.GetInt32("Version") ?? 0,
        row.GetString("Name") ?? "",
        Optional(row.GetString("Code")),
        row.GetString("Owner") ?? "",
        Optional(row.GetString("Category")),
        DateOnly.ParseExact(row.GetString("ReleasedOn") ?? "0001-01-01", "yyyy-MM-dd", CultureInfo.InvariantCulture),
        row.GetString("FileName") ?? "",
        row.GetString("Target") ?? "",
        new Uri(row.GetString("WebUrl") ?? ""),
        Optional(row.GetString("PdfUrl")) is { } pdf ? new Uri(pdf) : null,
        row.GetString("Location") ?? "",
        Optional(row.GetString("PdfLocation")),
        row.GetDateTimeOffset("PublishedAt") ?? default,
        row.GetBoolean("Archived") ?? false);

    private static string? Optional(string? value) => string.IsNullOrEmpty(value) ? null : value;
}
