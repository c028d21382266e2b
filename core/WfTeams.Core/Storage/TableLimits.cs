using Azure.Data.Tables;

namespace WfTeams.Core.Storage;

/// <summary>
/// The Azure Table service limits, enforced here because Azurite accepts what Azure refuses
/// (more than 252 properties, over-size entities, cross-partition batches).
/// Sizes follow the service's documented formula for an entity's size.
/// </summary>
public static class TableLimits
{
    public const int MaxEntityBytes = 1024 * 1024;
    public const int MaxProperties = 252;
    public const int MaxStringChars = 32 * 1024;
    public const int MaxBinaryBytes = 64 * 1024;
    public const int MaxKeyChars = 512;
    public const int MaxBatchOperations = 100;
    public const int MaxBatchBytes = 4 * 1024 * 1024;

    public static int EntitySize(ITableEntity entity)
    {
        var size = 4 + ((entity.PartitionKey.Length + entity.RowKey.Length) * 2);
        if (entity is TableEntity properties)
        {
            foreach (var (name, value) in properties)
            {
                if (name is "PartitionKey" or "RowKey" or "Timestamp" or "odata.etag")
                {
                    continue;
                }

                size += 8 + (name.Length * 2) + ValueSize(value);
            }
        }

        return size;
    }

    /// <exception cref="TableLimitException">The entity would be refused by Azure.</exception>
    public static void Check(TableEntity entity)
    {
        CheckKey(entity.PartitionKey, "PartitionKey");
        CheckKey(entity.RowKey, "RowKey");
        var count = entity.Keys.Count(k => k is not ("PartitionKey" or "RowKey" or "Timestamp" or "odata.etag"));
        if (count > MaxProperties)
        {
            throw new TableLimitException($"Entity {entity.RowKey} has {count} properties; Table storage allows {MaxProperties}.");
        }

        foreach (var (name, value) in entity)
        {
            switch (value)
            {
                case string text when text.Length > MaxStringChars:
                    throw new TableLimitException($"Property {name} of {entity.RowKey} holds {text.Length} characters; Table storage allows {MaxStringChars}.");
                case byte[] bytes when bytes.Length > MaxBinaryBytes:
                    throw new TableLimitException($"Property {name} of {entity.RowKey} holds {bytes.Length} bytes; Table storage allows {MaxBinaryBytes}.");
            }
        }

        var size = EntitySize(entity);
        if (size > MaxEntityBytes)
        {
            throw new TableLimitException($"Entity {entity.RowKey} is {size} bytes; Table storage allows {MaxEntityBytes}.");
        }
    }

    /// <summary>An entity group transaction: one partition, at most 100 operations and 4 MiB.</summary>
    public static void CheckBatch(IReadOnlyCollection<TableTransactionAction> actions)
    {
        if (actions.Count is 0 or > MaxBatchOperations)
        {
            throw new TableLimitException($"A transaction holds 1 to {MaxBatchOperations} operations, not {actions.Count}.");
        }

        if (actions.Select(a => a.Entity.PartitionKey).Distinct(StringComparer.Ordinal).Count() > 1)
        {
            throw new TableLimitException("A transaction must stay within one partition.");
        }

        if (actions.Select(a => a.Entity.RowKey).Distinct(StringComparer.Ordinal).Count() < actions.Count)
        {
            throw new TableLimitException("A transaction may touch each row once.");
        }

        var bytes = 0;
        foreach (var action in actions)
        {
            if (action.Entity is TableEntity entity)
            {
                Check(entity);
            }

            bytes += EntitySize(action.Entity);
        }

        if (bytes > MaxBatchBytes)
        {
            throw new TableLimitException($"A transaction of {bytes} bytes exceeds the {MaxBatchBytes} bytes Table storage allows.");
        }
    }

    /// <summary>Keys hold at most 1 KiB and none of / \ # ? or control characters.</summary>
    public static void CheckKey(string key, string name)
    {
        if (key.Length > MaxKeyChars)
        {
            throw new TableLimitException($"{name} is {key.Length} characters; at most {MaxKeyChars} fit in 1 KiB.");
        }

        if (!IsValidKey(key))
        {
            throw new TableLimitException($"{name} \"{key}\" contains a character Table storage does not allow in keys.");
        }
    }

    public static bool IsValidKey(string key) =>
        key.Length <= MaxKeyChars && !key.Any(c => c is '/' or '\\' or '#' or '?' || char.IsControl(c));

    private static int ValueSize(object? value) => value switch
    {
        null => 0,
        string text => 4 + (text.Length * 2),
        byte[] bytes => 4 + bytes.Length,
        BinaryData data => 4 + data.ToMemory().Length,
        bool => 1,
        DateTime or DateTimeOffset or double or long => 8,
        int => 4,
        Guid => 16,
        _ => throw new TableLimitException($"Unsupported property type {value.GetType().Name}."),
    };
}
