namespace WfTeams.Core.Capture;

/// <summary>
/// A list typed as one text: one item a line, an item's parts separated by "|" ("Anfrage | Unternehmen").
/// Bullets people paste ("- ", "• ", "1. ") are dropped; empty lines ignored.
/// </summary>
public static class ListAnswer
{
    public const char Separator = '|';

    public static IReadOnlyList<string[]> Items(string text, int parts) =>
        [.. Lines(text).Select(line => Split(line, parts))];

    public static IReadOnlyList<string> Lines(string text) =>
        [.. text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n').Select(Unbullet).Where(line => line.Length > 0)];

    /// <summary>At most <paramref name="parts"/> parts: separators beyond the last belong to its text.</summary>
    public static string[] Split(string line, int parts)
    {
        var split = line.Split(Separator, parts, StringSplitOptions.TrimEntries);
        return [.. split, .. Enumerable.Repeat("", parts - split.Length)];
    }

    public static string Join(IEnumerable<IEnumerable<string?>> items) =>
        string.Join('\n', items.Select(parts => string.Join(" | ", parts.Select(p => p ?? "")).TrimEnd(' ', '|')));

    private static string Unbullet(string line)
    {
        var trimmed = line.Trim();
        if (trimmed.StartsWith("- ", StringComparison.Ordinal) || trimmed.StartsWith("• ", StringComparison.Ordinal) || trimmed.StartsWith("* ", StringComparison.Ordinal))
        {
            return trimmed[2..].Trim();
        }

        return trimmed;
    }
}
