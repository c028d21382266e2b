namespace WfTeams.Bot.Documents;

/// <summary>A generated Word document as it goes out: its bytes and its download name.</summary>
public sealed record CachedDocument(byte[] Bytes, string FileName);
