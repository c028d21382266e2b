using System.Buffers.Binary;

namespace WfTeams.Bot.Manifest;

/// <summary>Reads a PNG's size from its header, enough to hold icons to Teams' sizes.</summary>
public static class PngImage
{
    private static readonly byte[] Signature = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];

    /// <summary>Width and height from the IHDR chunk, which the format requires first; null when not a PNG.</summary>
    public static (int Width, int Height)? ReadSize(ReadOnlySpan<byte> file)
    {
        if (file.Length < 24 || !file[..8].SequenceEqual(Signature) || !file[12..16].SequenceEqual("IHDR"u8))
        {
            return null;
        }

        var width = BinaryPrimitives.ReadUInt32BigEndian(file[16..20]);
        var height = BinaryPrimitives.ReadUInt32BigEndian(file[20..24]);
        return width is 0 or > int.MaxValue || height is 0 or > int.MaxValue ? null : ((int)width, (int)height);
    }
}
