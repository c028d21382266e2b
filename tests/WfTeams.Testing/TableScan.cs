using System.Text;
using Azure.Data.Tables;
using WfTeams.Core.Storage;

namespace WfTeams.Testing;

/// <summary>
/// Reads every row of every table of a storage account as text — keys, string columns and the compressed
/// bodies (<see cref="ChunkedBody"/>) decoded — to prove something is stored nowhere.
/// </summary>
public static class TableScan
{
    /// <summary>Each place the text occurs, as "table/partition/row/column"; empty when nowhere.</summary>
    public static async Task<IReadOnlyList<string>> FindAsync(TableServiceClient service, string text)
    {
        var found = new List<string>();
        var tables = 0;
        await foreach (var table in service.QueryAsync())
        {
            tables++;
            await foreach (var row in service.GetTableClient(table.Name).QueryAsync<TableEntity>())
            {
                foreach (var (column, value) in Texts(row))
                {
                    if (value.Contains(text, StringComparison.OrdinalIgnoreCase))
                    {
                        found.Add($"{table.Name}/{row.PartitionKey}/{row.RowKey}/{column}");
                    }
                }
            }
        }

        // Guards the scan itself: one that saw no table would prove nothing.
        return tables > 0 ? found : throw new InvalidOperationException("No table found to scan.");
    }

    private static IEnumerable<(string Column, string Value)> Texts(TableEntity row)
    {
        yield return ("PartitionKey", row.PartitionKey);
        yield return ("RowKey", row.RowKey);
        foreach (var (key, value) in row)
        {
            if (value is string text)
            {
                yield return (key, text);
            }
            else if (value is byte[] bytes)
            {
                yield return (key, Encoding.UTF8.GetString(bytes));
            }
        }

        foreach (var prefix in row.Keys.Where(k => k.EndsWith("Chunks", StringComparison.Ordinal)).Select(k => k[..^"Chunks".Length]))
        {
            yield return (prefix, Encoding.UTF8.GetString(ChunkedBody.Read(row, prefix)));
        }
    }
}
