using System.Globalization;
using System.Text.RegularExpressions;

namespace WfTeams.Bot.Manifest;

/// <summary>The host's public DNS name as Teams needs it in <c>validDomains</c>: no scheme, port or path.</summary>
public static partial class HostName
{
    public const int MaxLength = 253;

    /// <summary>
    /// The name in lower-case ASCII (an umlaut domain becomes its xn-- form, as DNS knows it),
    /// or the message key of what is wrong.
    /// </summary>
    public static (string? Name, string? ProblemKey) Normalize(string value)
    {
        var trimmed = value.Trim().TrimEnd('.');
        if (trimmed.Contains("://", StringComparison.Ordinal) || trimmed.IndexOfAny(['/', ':', '?', '#', '@']) >= 0)
        {
            return (null, "ManifestHostNotBare");
        }

        string ascii;
        try
        {
            ascii = new IdnMapping { UseStd3AsciiRules = true }.GetAscii(trimmed).ToLowerInvariant();
        }
        catch (ArgumentException)
        {
            return (null, "ManifestHostInvalid");
        }

        var labels = ascii.Split('.');

        // Two labels at least and a top-level label with a letter: Teams needs a public name, not
        // "localhost" or an IP address.
        return ascii.Length <= MaxLength && labels.Length >= 2 && labels.All(Label().IsMatch) && labels[^1].Any(char.IsAsciiLetter)
            ? (ascii, null)
            : (null, "ManifestHostInvalid");
    }

    [GeneratedRegex("^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$")]
    private static partial Regex Label();
}
