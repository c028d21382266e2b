using System.Text;

namespace WfTeams.Core.Publishing;

/// <summary>
/// A file name SharePoint and Windows shares accept, the same for the same process name every time:
/// umlauts stay (composed), <c>" * : &lt; &gt; ? / \ |</c>, <c>#</c>, <c>%</c> and control characters become
/// <c>_</c>, leading and trailing dots and spaces go, and reserved names (<c>CON</c>, <c>.lock</c>, <c>_vti_</c>…)
/// get a trailing <c>_</c>.
/// </summary>
public static class SharePointFileName
{
    public const int MaxLength = 120;

    private static readonly HashSet<string> Reserved = new(StringComparer.OrdinalIgnoreCase)
    {
        "CON", "PRN", "AUX", "NUL", ".lock", "desktop.ini", "forms",
        "COM0", "COM1", "COM2", "COM3", "COM4", "COM5", "COM6", "COM7", "COM8", "COM9",
        "LPT0", "LPT1", "LPT2", "LPT3", "LPT4", "LPT5", "LPT6", "LPT7", "LPT8", "LPT9",
    };

    /// <summary>The base name (no extension) for a process; <paramref name="fallback"/> when nothing is left.</summary>
    public static string For(string name, string fallback)
    {
        var text = name.Normalize(NormalizationForm.FormC);
        var safe = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            safe.Append(char.IsWhiteSpace(c) ? ' ' : c is '"' or '*' or ':' or '<' or '>' or '?' or '/' or '\\' or '|' or '#' or '%' || char.IsControl(c) ? '_' : c);
        }

        var result = Collapse(safe.ToString()).Trim(' ', '.');
        if (result.Length > MaxLength)
        {
            result = result[..MaxLength].TrimEnd(' ', '.');
        }

        if (result.Length == 0)
        {
            result = fallback;
        }

        // "~$" marks Office's lock files; "_vti_" is SharePoint's own; reserved device names also with an extension.
        if (result.StartsWith("~$", StringComparison.Ordinal))
        {
            result = "_" + result[2..];
        }

        result = result.Replace("_vti_", "_vti-", StringComparison.OrdinalIgnoreCase);
        var stem = result.Split('.')[0];
        return Reserved.Contains(result) || Reserved.Contains(stem) ? result + "_" : result;
    }

    private static string Collapse(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                if (builder.Length > 0 && builder[^1] != ' ')
                {
                    builder.Append(' ');
                }
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }
}
