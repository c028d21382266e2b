using System.IO.Hashing;

namespace WfTeams.Core.Documents;

/// <summary>Passes what is written on to <paramref name="inner"/> and keeps its CRC-32 and length (a zip entry's header needs both).</summary>
internal sealed class CrcStream(Stream inner) : Stream
{
    private readonly Crc32 _crc = new();

    public long Written { get; private set; }

    public uint Crc => _crc.GetCurrentHashAsUInt32();

    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => Written;

    public override long Position { get => Written; set => throw new NotSupportedException(); }

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        _crc.Append(buffer);
        Written += buffer.Length;
        inner.Write(buffer);
    }

    public override void Flush() => inner.Flush();

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();
}
