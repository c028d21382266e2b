using System.Text;

namespace WfTeams.Core.Modelling;

/// <summary>
/// Text as XML 1.0 can carry it: a template built in code may hold control characters or broken surrogates,
/// which would make the whole file unreadable. Valid template files never do, so for them nothing changes.
/// </summary>
public static class BpmnText
{
    public static string Clean(string text)
    {
        StringBuilder? builder = null;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                builder?.Append(c).Append(text[i + 1]);
                i++;
                continue;
            }

            var legal = c is '\t' or '\n' or '\r' || (c >= ' ' && c < '\uD800') || (c >= '\uE000' && c <= '\uFFFD');
            if (legal)
            {
                builder?.Append(c);
            }
            else
            {
                builder ??= new StringBuilder(text.Length).Append(text, 0, i);
            }
        }

        return builder?.ToString() ?? text;
    }
}
