namespace WfTeams.Core.Documents;

/// <summary>A zip entry compressed once (raw deflate), with what its headers need: copied as it is into every new package.</summary>
internal sealed record ZipEntryData(string Name, byte[] Deflated, uint Crc, long Length);
