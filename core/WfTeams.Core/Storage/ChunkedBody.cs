using System.IO.Compression;
using Azure.Data.Tables;

namespace WfTeams.Core.Storage;

/// <summary>
/// A large JSON document in one row: Brotli-compressed and split into binary properties
/// {prefix}00..{prefix}14 of at most 64 KiB, with {prefix}Chunks and {prefix}Length beside them,
/// so that it stays within the Table limits (64 KiB per binary property, 1 MiB per entity).
/// Template versions (prefix Body) and cases (State, Body, Data) use it.
/// </summary>
public static class ChunkedBody
{
    public const int ChunkBytes = TableLimits.MaxBinaryBytes;
    public const int MaxChunks = 15;
    public const int MaxCompressedBytes = ChunkBytes * MaxChunks;
    public const int MaxJsonBytes = 64 * 1024 * 1024;

    public static byte[] Compress(ReadOnlySpan<byte> json, int quality = 5)
    {
        var buffer = new byte[BrotliEncoder.GetMaxCompressedLength(json.Length)];
        if (!BrotliEncoder.TryCompress(json, buffer, out var written, quality, window: 22))
        {
            throw new InvalidOperationException("Brotli compression failed.");
        }

        return buffer[..written];
    }

    /// <exception cref="TableLimitException">The compressed document needs more than <see cref="MaxChunks"/> chunks.</exception>
    public static void Write(TableEntity row, string prefix, byte[] compressed, int jsonLength)
    {
        if (compressed.Length > MaxCompressedBytes)
        {
            throw new TableLimitException($"{prefix} of {row.RowKey} is {compressed.Length} bytes compressed; one row holds {MaxCompressedBytes}.");
        }

        var chunks = (compressed.Length + ChunkBytes - 1) / ChunkBytes;
        for (var i = 0; i < chunks; i++)
        {
            var start = i * ChunkBytes;
            row[ChunkName(prefix, i)] = compressed[start..Math.Min(start + ChunkBytes, compressed.Length)];
        }

        row[prefix + "Chunks"] = chunks;
        row[prefix + "Length"] = jsonLength;
    }

    /// <summary>The JSON bytes written by <see cref="Write"/>.</summary>
    /// <exception cref="InvalidDataException">The row is damaged.</exception>
    public static byte[] Read(TableEntity row, string prefix)
    {
        var chunks = row.GetInt32(prefix + "Chunks") ?? 0;
        var length = row.GetInt32(prefix + "Length") ?? 0;
        if (chunks is < 1 or > MaxChunks || length is < 1 or > MaxJsonBytes)
        {
            throw new InvalidDataException($"Row {row.RowKey} has a damaged {prefix} header.");
        }

        var compressed = new MemoryStream();
        for (var i = 0; i < chunks; i++)
        {
            compressed.Write(row.GetBinary(ChunkName(prefix, i)) ?? throw new InvalidDataException($"Row {row.RowKey} misses {ChunkName(prefix, i)}."));
        }

        var json = new byte[length];
        if (!BrotliDecoder.TryDecompress(compressed.GetBuffer().AsSpan(0, (int)compressed.Length), json, out var written) || written != length)
        {
            throw new InvalidDataException($"Row {row.RowKey} has a damaged {prefix}.");
        }

        return json;
    }

    private static string ChunkName(string prefix, int index) => $"{prefix}{index:D2}";
}
