using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;

namespace WfTeams.Core.Documents;

/// <summary>
/// A minimal zip writer for Word packages (deflate, no zip64: a profile is far below 4 GiB): entries
/// compressed once are copied as they are (<see cref="ZipEntryData"/>), the others deflated as they are
/// written. <see cref="ZipArchive"/> can only recompress, which for the static parts of a profile (styles,
/// numbering, settings, a design's theme and logo) cost as much as writing the body. Fixed timestamps, so
/// the same input gives the same bytes.
/// </summary>
internal sealed class ZipWriter(MemoryStream output)
{
    private const ushort Version = 20;
    private const ushort Deflate = 8;
    private const ushort Utf8Names = 0x0800;
    private const ushort DosDate = (0 << 9) | (1 << 5) | 1; // 1980-01-01, the zip epoch

    private readonly List<(byte[] Name, uint Crc, long Compressed, long Length, long Offset)> _entries = [];

    public void Add(ZipEntryData entry)
    {
        var name = Encoding.UTF8.GetBytes(entry.Name);
        var offset = output.Position;
        LocalHeader(name, entry.Crc, entry.Deflated.LongLength, entry.Length);
        output.Write(entry.Deflated);
        _entries.Add((name, entry.Crc, entry.Deflated.LongLength, entry.Length, offset));
    }

    /// <summary>An entry deflated (fastest) while <paramref name="write"/> writes it; its header is completed afterwards.</summary>
    public void Add(string entryName, Action<Stream> write)
    {
        var name = Encoding.UTF8.GetBytes(entryName);
        var offset = output.Position;
        LocalHeader(name, 0, 0, 0);
        var start = output.Position;
        uint crc;
        long length;
        using (var deflate = new DeflateStream(output, CompressionLevel.Fastest, leaveOpen: true))
        {
            var counted = new CrcStream(deflate);
            write(counted);
            crc = counted.Crc;
            length = counted.Written;
        }

        var compressed = output.Position - start;
        var end = output.Position;
        output.Position = offset + 14;
        Span<byte> sizes = stackalloc byte[12];
        BinaryPrimitives.WriteUInt32LittleEndian(sizes, crc);
        BinaryPrimitives.WriteUInt32LittleEndian(sizes[4..], checked((uint)compressed));
        BinaryPrimitives.WriteUInt32LittleEndian(sizes[8..], checked((uint)length));
        output.Write(sizes);
        output.Position = end;
        _entries.Add((name, crc, compressed, length, offset));
    }

    /// <summary>Compresses <paramref name="content"/> once, as well as deflate can, for copying into many packages.</summary>
    public static ZipEntryData Compress(string name, byte[] content)
    {
        using var deflated = new MemoryStream(content.Length / 3 + 64);
        using (var deflate = new DeflateStream(deflated, CompressionLevel.Optimal, leaveOpen: true))
        {
            deflate.Write(content);
        }

        return new ZipEntryData(name, deflated.ToArray(), System.IO.Hashing.Crc32.HashToUInt32(content), content.LongLength);
    }

    /// <summary>Writes the central directory; the package is complete.</summary>
    public void Finish()
    {
        var start = output.Position;
        Span<byte> header = stackalloc byte[46];
        foreach (var (name, crc, compressed, length, offset) in _entries)
        {
            header.Clear();
            BinaryPrimitives.WriteUInt32LittleEndian(header, 0x02014b50);
            BinaryPrimitives.WriteUInt16LittleEndian(header[4..], Version);
            BinaryPrimitives.WriteUInt16LittleEndian(header[6..], Version);
            BinaryPrimitives.WriteUInt16LittleEndian(header[8..], Utf8Names);
            BinaryPrimitives.WriteUInt16LittleEndian(header[10..], Deflate);
            BinaryPrimitives.WriteUInt16LittleEndian(header[14..], DosDate);
            BinaryPrimitives.WriteUInt32LittleEndian(header[16..], crc);
            BinaryPrimitives.WriteUInt32LittleEndian(header[20..], checked((uint)compressed));
            BinaryPrimitives.WriteUInt32LittleEndian(header[24..], checked((uint)length));
            BinaryPrimitives.WriteUInt16LittleEndian(header[28..], checked((ushort)name.Length));
            BinaryPrimitives.WriteUInt32LittleEndian(header[42..], checked((uint)offset));
            output.Write(header);
            output.Write(name);
        }

        Span<byte> end = stackalloc byte[22];
        end.Clear();
        BinaryPrimitives.WriteUInt32LittleEndian(end, 0x06054b50);
        BinaryPrimitives.WriteUInt16LittleEndian(end[8..], checked((ushort)_entries.Count));
        BinaryPrimitives.WriteUInt16LittleEndian(end[10..], checked((ushort)_entries.Count));
        BinaryPrimitives.WriteUInt32LittleEndian(end[12..], checked((uint)(output.Position - start)));
        BinaryPrimitives.WriteUInt32LittleEndian(end[16..], checked((uint)start));
        output.Write(end);
    }

    private void LocalHeader(byte[] name, uint crc, long compressed, long length)
    {
        Span<byte> header = stackalloc byte[30];
        header.Clear();
        BinaryPrimitives.WriteUInt32LittleEndian(header, 0x04034b50);
        BinaryPrimitives.WriteUInt16LittleEndian(header[4..], Version);
        BinaryPrimitives.WriteUInt16LittleEndian(header[6..], Utf8Names);
        BinaryPrimitives.WriteUInt16LittleEndian(header[8..], Deflate);
        BinaryPrimitives.WriteUInt16LittleEndian(header[12..], DosDate);
        BinaryPrimitives.WriteUInt32LittleEndian(header[14..], crc);
        BinaryPrimitives.WriteUInt32LittleEndian(header[18..], checked((uint)compressed));
        BinaryPrimitives.WriteUInt32LittleEndian(header[22..], checked((uint)length));
        BinaryPrimitives.WriteUInt16LittleEndian(header[26..], checked((ushort)name.Length));
        output.Write(header);
        output.Write(name);
    }
}
