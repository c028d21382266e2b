using System.Text;

namespace WfTeams.Core.Modelling;

/// <summary>
/// How the diagram wraps text (12 px, about 6.5 px a character): words to lines of about a width, words longer than
/// a line broken with a hyphen (U+2010) as German compounds need, the last line cut with an ellipsis. The layout
/// sizes label boxes with it, the SVG writes the same lines.
/// </summary>
public static class DiagramText
{
    /// <summary>The height of a line of text.</summary>
    public const int LineHeight = 14;

    public static int CharactersPerLine(int width) => Math.Max(4, width * 2 / 13);

    public static IReadOnlyList<string> Lines(string text, int width, int maxLines)
    {
        var perLine = CharactersPerLine(width);
        var lines = new List<string>();
        var current = new StringBuilder();
        foreach (var word in Words(BpmnText.Clean(text), perLine))
        {
            if (current.Length > 0 && current.Length + 1 + word.Length > perLine)
            {
                lines.Add(current.ToString());
                current.Clear();
            }

            current.Append(current.Length > 0 ? " " : "").Append(word);
        }

        if (current.Length > 0)
        {
            lines.Add(current.ToString());
        }

        if (lines.Count > maxLines)
        {
            lines = lines[..maxLines];
            lines[^1] = Cut(lines[^1] + " …", perLine);
        }

        return [.. lines.Select(line => Cut(line, perLine))];
    }

    public static string Cut(string text, int characters) => text.Length <= characters ? text : text[..Math.Max(1, characters - 1)].TrimEnd() + "…";

    private static IEnumerable<string> Words(string text, int perLine)
    {
        foreach (var word in text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        {
            var rest = word;
            while (rest.Length > perLine)
            {
                var cut = char.IsHighSurrogate(rest[perLine - 2]) ? perLine - 2 : perLine - 1;
                yield return rest[..cut] + "\u2010";
                rest = rest[cut..];
            }

            yield return rest;
        }
    }
}
