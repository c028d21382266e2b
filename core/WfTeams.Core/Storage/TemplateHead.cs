using Azure;
using Azure.Data.Tables;
using WfTeams.Core.Processes;

namespace WfTeams.Core.Storage;

/// <summary>What the list of templates shows about one template, with the ETag that guards changes to it.</summary>
public sealed record TemplateHead(
    string Id,
    string Name,
    string? Owner,
    string? Category,
    int LatestVersion,
    int? ReleasedVersion,
    TemplateStatus LatestStatus,
    DateTimeOffset UpdatedAt,
    ETag ETag)
{
    /// <summary>The version users get by default: the released one, else the latest draft.</summary>
    public int CurrentVersion => ReleasedVersion ?? LatestVersion;

    internal static TemplateHead FromRow(TableEntity row) => new(
        row.RowKey[TemplateStore.HeadPrefix.Length..],
        row.GetString("Name") ?? "",
        row.GetString("Owner") is { Length: > 0 } owner ? owner : null,
        row.GetString("Category") is { Length: > 0 } category ? category : null,
        row.GetInt32("LatestVersion") ?? 0,
        row.GetInt32("ReleasedVersion") is > 0 and var released ? released : null,
        TemplateStore.ParseStatus(row.GetString("LatestStatus")),
        row.GetDateTimeOffset("UpdatedAt") ?? row.Timestamp ?? default,
        row.ETag);

    internal TableEntity ToRow(TenantId tenant) => new(tenant.Value, TemplateStore.HeadKey(Id))
    {
        ["Name"] = Name,
        ["Owner"] = Owner ?? "",
        ["Category"] = Category ?? "",
        ["LatestVersion"] = LatestVersion,
        ["ReleasedVersion"] = ReleasedVersion ?? 0,
        ["LatestStatus"] = TemplateStore.StatusName(LatestStatus),
        ["UpdatedAt"] = UpdatedAt,
    };
}
