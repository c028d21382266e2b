using System.IO.Compression;
using System.Security.Cryptography;
using Azure.Data.Tables;
using WfTeams.Core.Processes;

namespace WfTeams.Core.Storage;

/// <summary>
/// A template version's body in a row: compact JSON, Brotli-compressed, split into binary
/// properties Body00..Body14 of at most 64 KiB, so that the whole row stays under 1 MiB.
/// </summary>
public static class TemplateBody
{
    public const int ChunkBytes = TableLimits.MaxBinaryBytes;
    public const int MaxChunks = 15;
    public const int MaxCompressedBytes = ChunkBytes * MaxChunks;
    private const int MaxJsonBytes = 64 * 1024 * 1024;

    public sealed record Encoded(byte[] Compressed, int JsonLength, string Sha256);

    /// <summary>The status is kept out of the body: it changes on release, the body never does.</summary>
    public static Encoded Encode(ProcessTemplate template)
    {
        var json = TemplateJson.SerializeToUtf8Bytes(template with { Status = TemplateStatus.Draft }, indented: false);
        var buffer = new byte[BrotliEncoder.GetMaxCompressedLength(json.Length)];
        if (!BrotliEncoder.TryCompress(json, buffer, out var written, quality: 5, window: 22))
        {
            throw new InvalidOperationException("Brotli compression failed.");
        }

        return new Encoded(buffer[..written], json.Length, Convert.ToHexStringLower(SHA256.HashData(json)));
    }

    /// <summary>Null when the body does not fit in one row: the caller reports it as invalid input.</summary>
    public static TemplateError? CheckFits(Encoded body) =>
        body.Compressed.Length <= MaxCompressedBytes ? null : new TemplateError("$", "TooLargeForStorage", body.Compressed.Length, MaxCompressedBytes);

    public static void Write(Encoded body, TableEntity row)
    {
        var chunks = (body.Compressed.Length + ChunkBytes - 1) / ChunkBytes;
        for (var i = 0; i < chunks; i++)
        {
            var start = i * ChunkBytes;
            row[ChunkName(i)] = body.Compressed[start..Math.Min(start + ChunkBytes, body.Compressed.Length)];
        }

        row["BodyChunks"] = chunks;
        row["BodyLength"] = body.JsonLength;
        row["BodySha256"] = body.Sha256;
    }

    public static ProcessTemplate Read(TableEntity row)
    {
        var chunks = row.GetInt32("BodyChunks") ?? 0;
        var length = row.GetInt32("BodyLength") ?? 0;
        if (chunks is < 1 or > MaxChunks || length is < 1 or > MaxJsonBytes)
        {
            throw new InvalidDataException($"Template row {row.RowKey} has a damaged body header.");
        }

        var compressed = new MemoryStream();
        for (var i = 0; i < chunks; i++)
        {
            compressed.Write(row.GetBinary(ChunkName(i)) ?? throw new InvalidDataException($"Template row {row.RowKey} misses {ChunkName(i)}."));
        }

        var json = new byte[length];
        if (!BrotliDecoder.TryDecompress(compressed.GetBuffer().AsSpan(0, (int)compressed.Length), json, out var written) || written != length)
        {
            throw new InvalidDataException($"Template row {row.RowKey} has a damaged body.");
        }

        return System.Text.Json.JsonSerializer.Deserialize<ProcessTemplate>(json, TemplateJson.Options)
            ?? throw new InvalidDataException($"Template row {row.RowKey} is empty.");
    }

    private static string ChunkName(int index) => $"Body{index:D2}";
}
