using System.Text.RegularExpressions;

namespace WfTeams.Core.Chat;

/// <summary>What a chat message asks for. German and English wordings; anything else is <see cref="ChatCommandKind.Unknown"/>.</summary>
public sealed partial record ChatCommand(ChatCommandKind Kind, string? Argument = null, string? Subject = null)
{
    public const int MaxTextChars = 1000;

    public static ChatCommand Parse(string? text)
    {
        // Teams puts the bot's @mention into the text of channel messages.
        var cleaned = Mention().Replace(text ?? "", " ");
        cleaned = Whitespace().Replace(cleaned, " ").Trim().TrimEnd('.', '!', '?');
        if (cleaned.Length is 0 or > MaxTextChars)
        {
            return new ChatCommand(ChatCommandKind.Unknown, cleaned.Length == 0 ? null : cleaned[..Math.Min(cleaned.Length, 100)]);
        }

        if (Start().Match(cleaned) is { Success: true } start)
        {
            var subject = start.Groups["subject"].Success ? start.Groups["subject"].Value.Trim() : null;
            return new ChatCommand(ChatCommandKind.Start, start.Groups["process"].Value.Trim(), subject is { Length: > 0 } ? subject : null);
        }

        if (Publish().Match(cleaned) is { Success: true } publish)
        {
            return new ChatCommand(ChatCommandKind.Publish, publish.Groups["process"].Value.Trim());
        }

        if (Figures().Match(cleaned) is { Success: true } figures)
        {
            return new ChatCommand(ChatCommandKind.Figures, figures.Groups["process"].Value.Trim(), figures.Groups["period"].Success ? figures.Groups["period"].Value : null);
        }

        if (Cancel().Match(cleaned) is { Success: true } cancel)
        {
            return new ChatCommand(ChatCommandKind.Cancel, cancel.Groups["reason"].Success && cancel.Groups["reason"].Value.Trim() is { Length: > 0 } reason ? reason : null);
        }

        return Simple(cleaned.ToLowerInvariant()) is { } kind ? new ChatCommand(kind) : new ChatCommand(ChatCommandKind.Unknown, cleaned);
    }

    /// <summary>The commands a user most likely meant, for the help answer to unknown text.</summary>
    public static IReadOnlyList<ChatCommandKind> Suggest(string? text)
    {
        var word = (text ?? "").Trim().ToLowerInvariant().Split(' ')[0];
        var known = new (string Word, ChatCommandKind Kind)[]
        {
            ("starte", ChatCommandKind.Start), ("start", ChatCommandKind.Start), ("prozesse", ChatCommandKind.Processes),
            ("processes", ChatCommandKind.Processes), ("status", ChatCommandKind.Status), ("meine", ChatCommandKind.MyCases),
            ("vorgänge", ChatCommandKind.MyCases), ("cases", ChatCommandKind.MyCases), ("abbrechen", ChatCommandKind.Cancel),
            ("cancel", ChatCommandKind.Cancel), ("hilfe", ChatCommandKind.Help), ("help", ChatCommandKind.Help),
            ("veröffentliche", ChatCommandKind.Publish), ("publish", ChatCommandKind.Publish),
            ("kennzahlen", ChatCommandKind.Figures), ("figures", ChatCommandKind.Figures),
        };
        var near = known.Where(k => word.Length > 0 && (k.Word.StartsWith(word, StringComparison.Ordinal) || NameMatch.Distance(k.Word, word) <= 2))
            .Select(k => k.Kind).Distinct().ToList();
        return near.Count > 0 ? near : [ChatCommandKind.Start, ChatCommandKind.Processes, ChatCommandKind.MyCases, ChatCommandKind.Status];
    }

    private static ChatCommandKind? Simple(string text) => text switch
    {
        "prozesse" or "processes" or "prozessliste" or "vorlagen" or "list processes" => ChatCommandKind.Processes,
        "status" => ChatCommandKind.Status,
        "meine vorgänge" or "meine vorgaenge" or "vorgänge" or "vorgaenge" or "my cases" or "cases" => ChatCommandKind.MyCases,
        "hilfe" or "help" or "?" => ChatCommandKind.Help,
        "pause" or "pausieren" => ChatCommandKind.Pause,
        "weiter" or "fortsetzen" or "resume" => ChatCommandKind.Resume,
        _ => null,
    };

    [GeneratedRegex(@"^(?:starte|start|starten)\s+(?<process>.+?)(?:\s+(?:für|fuer|for)(?:\s+(?<subject>.+))?)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Start();

    [GeneratedRegex(@"^(?:veröffentliche|veröffentlichen|veroeffentliche|veroeffentlichen|publish)\s+(?<process>.+)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Publish();

    /// <summary>"kennzahlen ‹Prozess› [Zeitraum]": the period, when given, is the last word (2026, 2026-03, 2026-01..2026-06, 12m).</summary>
    [GeneratedRegex(@"^(?:kennzahlen|figures)\s+(?<process>.+?)(?:\s+(?<period>\d{4}(?:-\d{2})?(?:\.\.\d{4}-\d{2})?|\d{1,3}m))?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Figures();

    [GeneratedRegex(@"^(?:abbrechen|cancel)(?:\s+(?<reason>.+))?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Cancel();

    [GeneratedRegex(@"<at>[^<]*</at>", RegexOptions.IgnoreCase)]
    private static partial Regex Mention();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
