using System.Text.RegularExpressions;

namespace WfTeams.Core.Chat;

/// <summary>The capture commands in German and English; null for any other text (the case conversation answers it).</summary>
public sealed partial record CaptureCommand(CaptureCommandKind Kind, string? Argument = null)
{
    public static CaptureCommand? Parse(string? text)
    {
        var cleaned = Whitespace().Replace(Mention().Replace(text ?? "", " "), " ").Trim().TrimEnd('.', '!', '?');
        if (cleaned.Length is 0 or > ChatCommand.MaxTextChars)
        {
            return null;
        }

        if (Edit().Match(cleaned) is { Success: true } edit)
        {
            return new CaptureCommand(CaptureCommandKind.Edit, edit.Groups["process"].Value.Trim());
        }

        return cleaned.ToLowerInvariant() switch
        {
            "neuen prozess erfassen" or "neuer prozess" or "prozess erfassen" or "capture a new process" or "capture new process" or "new process"
                => new CaptureCommand(CaptureCommandKind.New),
            "meine entwürfe" or "meine entwuerfe" or "entwürfe" or "entwuerfe" or "my drafts" or "drafts" => new CaptureCommand(CaptureCommandKind.MyDrafts),
            "zur prüfung geben" or "zur pruefung geben" or "submit for review" => new CaptureCommand(CaptureCommandKind.Submit),
            "prüfungen" or "pruefungen" or "offene prüfungen" or "offene pruefungen" or "reviews" or "pending reviews" => new CaptureCommand(CaptureCommandKind.Reviews),
            _ => null,
        };
    }

    [GeneratedRegex(@"^(?:bearbeite|bearbeiten|edit)\s+(?<process>.+)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Edit();

    [GeneratedRegex(@"<at>[^<]*</at>", RegexOptions.IgnoreCase)]
    private static partial Regex Mention();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
