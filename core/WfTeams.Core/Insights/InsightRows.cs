using System.Globalization;
using System.Text.Json;
using Azure.Data.Tables;
using WfTeams.Core.Storage;

namespace WfTeams.Core.Insights;

/// <summary>
/// Table <c>insights</c>: one partition per tenant and process, <c>{tenant}|{templateId}</c>. Rows
/// <c>m|{yyyy-MM}|{version}|{shard}</c> (what happened in a month), <c>open|{version}|{shard}</c> (the cases
/// waiting now) and <c>case|{caseId}</c> (a case's <see cref="CaseProgress"/>: the projector's checkpoint).
/// A case always writes the same one of <see cref="Shards"/> shards, so concurrent cases rarely contend for a row.
/// No I/O here.
/// </summary>
public static class InsightRows
{
    public const int Shards = 8;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static string PartitionKey(TenantId tenant, string templateId) => $"{tenant.Value}|{templateId}";

    public static int Shard(string caseId) => (int)(BitConverter.ToUInt32(Convert.FromHexString(TableAccess.KeyHash(caseId).AsSpan(0, 8))) % Shards);

    public static string MonthKey(string month, int version, int shard) => string.Create(CultureInfo.InvariantCulture, $"m|{month}|{version:D6}|{shard:D2}");

    public static string OpenKey(int version, int shard) => string.Create(CultureInfo.InvariantCulture, $"open|{version:D6}|{shard:D2}");

    public static string CaseKey(string caseId) => "case|" + caseId;

    public static bool IsMonthKey(string rowKey) => rowKey.StartsWith("m|", StringComparison.Ordinal);

    public static bool IsOpenKey(string rowKey) => rowKey.StartsWith("open|", StringComparison.Ordinal);

    public static string MonthOf(string monthKey) => monthKey.Split('|')[1];

    public static int VersionOf(string rowKey) => int.Parse(rowKey.Split('|')[rowKey.StartsWith("m|", StringComparison.Ordinal) ? 2 : 1], CultureInfo.InvariantCulture);

    public static TableEntity Write(string partition, string rowKey, FigureAggregate aggregate) => Body(partition, rowKey, aggregate);

    public static TableEntity Write(string partition, string rowKey, CaseProgress progress) => Body(partition, rowKey, progress);

    public static FigureAggregate ReadAggregate(TableEntity row) => Read<FigureAggregate>(row);

    public static CaseProgress ReadProgress(TableEntity row) => Read<CaseProgress>(row);

    /// <summary>The aggregate as JSON, for comparing figures kept incrementally with rebuilt ones.</summary>
    public static string Canonical(FigureAggregate aggregate) => JsonSerializer.Serialize(aggregate, Json);

    private static TableEntity Body<T>(string partition, string rowKey, T value)
    {
        var json = JsonSerializer.SerializeToUtf8Bytes(value, Json);
        var row = new TableEntity(partition, rowKey);
        ChunkedBody.Write(row, "Body", ChunkedBody.Compress(json, quality: 2), json.Length);
        return row;
    }

    private static T Read<T>(TableEntity row) =>
        JsonSerializer.Deserialize<T>(ChunkedBody.Read(row, "Body"), Json) ?? throw new InvalidDataException($"Insight row {row.RowKey} is empty.");
}
