using System.Globalization;
using WfTeams.Core.Resources;

namespace WfTeams.Bot.Manifest;

/// <summary>
/// One thing wrong with the input of a Teams app package: <see cref="Source"/> is a file or a
/// setting (<c>--app-id</c>, <c>Bot:HostName</c>), <see cref="Path"/> a JSON path inside a file.
/// </summary>
public sealed record ManifestError(string Source, string? Path, string MessageKey, params object?[] Args)
{
    public string Message(CultureInfo? culture = null) => Messages.Format(MessageKey, culture, Args);

    /// <summary>The CLI's error line: <c>source: $.json.path: message</c>.</summary>
    public string ToString(CultureInfo? culture) => Path is null ? $"{Source}: {Message(culture)}" : $"{Source}: {Path}: {Message(culture)}";

    public override string ToString() => ToString(null);
}
