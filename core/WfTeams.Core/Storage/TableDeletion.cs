using Azure;
using Azure.Data.Tables;

namespace WfTeams.Core.Storage;

/// <summary>Deleting rows that may already be gone (another run, another instance): what is gone is no error.</summary>
public static class TableDeletion
{
    /// <summary>Deletes rows of one partition in transactions of at most 100; answers how many rows were asked for.</summary>
    public static async Task<int> DeleteAsync(TableClient table, IReadOnlyList<ITableEntity> rows, CancellationToken cancellationToken)
    {
        foreach (var batch in rows.Chunk(TableLimits.MaxBatchOperations))
        {
            List<TableTransactionAction> actions = [.. batch.Select(r => new TableTransactionAction(TableTransactionActionType.Delete, new TableEntity(r.PartitionKey, r.RowKey), ETag.All))];
            TableLimits.CheckBatch(actions);
            try
            {
                await table.SubmitTransactionAsync(actions, cancellationToken);
            }
            catch (TableTransactionFailedException ex) when (ex.Status == 404)
            {
                // Part of it is gone meanwhile: delete what is left one by one.
                foreach (var row in batch)
                {
                    await DeleteOneAsync(table, row, cancellationToken);
                }
            }
        }

        return rows.Count;
    }

    /// <summary>Every row of a partition whose row key passes <paramref name="match"/> (null: all), deleted; answers how many.</summary>
    public static async Task<int> DeleteWhereAsync(TableClient table, string partitionKey, Func<string, bool>? match, CancellationToken cancellationToken)
    {
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {partitionKey}");
        var rows = new List<ITableEntity>();
        await foreach (var row in table.QueryAsync<TableEntity>(filter, maxPerPage: 1000, select: ["PartitionKey", "RowKey"], cancellationToken: cancellationToken))
        {
            if (match is null || match(row.RowKey))
            {
                rows.Add(row);
            }
        }

        return rows.Count == 0 ? 0 : await DeleteAsync(table, rows, cancellationToken);
    }

    public static async Task DeleteOneAsync(TableClient table, ITableEntity row, CancellationToken cancellationToken)
    {
        try
        {
            await table.DeleteEntityAsync(row.PartitionKey, row.RowKey, ETag.All, cancellationToken);
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            // Already gone.
        }
    }
}
