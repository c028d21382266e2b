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
    public const int ChunkBytes = ChunkedBody.ChunkBytes;
    public const int MaxChunks = ChunkedBody.MaxChunks;
    public const int MaxCompressedBytes = ChunkedBody.MaxCompressedBytes;
    private const string Prefix = "Body";

    public sealed record Encoded(byte[] Compressed, int JsonLength, string Sha256);

    /// <summary>The status is kept out of the body: it changes on release, the body never does.</summary>
    public static Encoded Encode(ProcessTemplate template)
    {
        var json = TemplateJson.SerializeToUtf8Bytes(template with { Status = TemplateStatus.Draft }, indented: false);
        return new Encoded(ChunkedBody.Compress(json), json.Length, Convert.ToHexStringLower(SHA256.HashData(json)));
    }

    /// <summary>Null when the body does not fit in one row: the caller reports it as invalid input.</summary>
    public static TemplateError? CheckFits(Encoded body) =>
        body.Compressed.Length <= MaxCompressedBytes ? null : new TemplateError("$", "TooLargeForStorage", body.Compressed.Length, MaxCompressedBytes);

    public static void Write(Encoded body, TableEntity row)
    {
        ChunkedBody.Write(row, Prefix, body.Compressed, body.JsonLength);
        row["BodySha256"] = body.Sha256;
    }

    public static ProcessTemplate Read(TableEntity row) =>
        System.Text.Json.JsonSerializer.Deserialize<ProcessTemplate>(ChunkedBody.Read(row, Prefix), TemplateJson.Options)
            ?? throw new InvalidDataException($"Template row {row.RowKey} is empty.");
}
