namespace WfTeams.Core.Documents;

/// <summary>
/// Text as XML 1.0 can hold it. Templates from files are validated, but a template built in code
/// (or a style file's name) may still carry control characters or broken surrogates, and one such
/// character would make Word refuse the whole document.
/// </summary>
internal static class XmlText
{
    public static string Clean(string text)
    {
        var bad = FirstIllegal(text);
        if (bad < 0)
        {
            return text;
        }

        var builder = new System.Text.StringBuilder(text.Length);
        builder.Append(text, 0, bad);
        for (var i = bad; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                builder.Append(c).Append(text[++i]);
            }
            else if (IsLegal(c))
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    private static int FirstIllegal(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (!IsLegal(c))
            {
                return i;
            }
        }

        return -1;
    }

    private static bool IsLegal(char c) =>
        c is '\t' or '\n' or '\r' || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD);
}
