using System.Diagnostics;
using System.Diagnostics.Metrics;
using WfTeams.Core.Runs;

namespace WfTeams.Bot.Telemetry;

/// <summary>
/// The bot's own spans and metrics: the "WfTeams" activity source and meter (the cases' counters are on the
/// same meter, in <see cref="CaseMetrics"/>). Tags are closed sets (activity type, channel, outcome, kind)
/// or hashed ids: never a name, a subject, a text or an unhashed user id.
/// </summary>
public static class WfTeamsTelemetry
{
    public const string Name = CaseMetrics.MeterName;

    public static readonly ActivitySource Source = new(Name);

    private static readonly Meter Meter = new(Name);
    private static readonly Counter<long> Turns = Meter.CreateCounter<long>("wfteams.turns", "{turn}", "Bot Framework activities handled");
    private static readonly Counter<long> Documents = Meter.CreateCounter<long>("wfteams.documents.generated", "{document}", "Word documents generated");
    private static readonly Histogram<double> DocumentDuration = Meter.CreateHistogram<double>("wfteams.documents.duration", "s", "Time to generate a Word document");
    private static readonly Counter<long> PublishRuns = Meter.CreateCounter<long>("wfteams.publish.runs", "{run}", "Publish runs");

    /// <summary>Known values pass, anything else a sender may have made up is "other": tags stay a closed set.</summary>
    private static readonly HashSet<string> ActivityTypes = ["message", "invoke", "conversationUpdate", "installationUpdate", "messageReaction", "event", "typing", "endOfConversation"];
    private static readonly HashSet<string> Channels = ["msteams", "emulator", "webchat", "directline", "test"];
    private static readonly HashSet<string> InvokeNames = ["adaptiveCard/action", "task/fetch", "task/submit", "composeExtension/query"];

    /// <summary>A span for one turn; the caller ends it with <see cref="TurnEnded"/>.</summary>
    public static Activity? TurnStarted(string? type, string? invokeName, string? channel)
    {
        var span = Source.StartActivity("turn " + Closed(type, ActivityTypes));
        span?.SetTag("wfteams.activity.type", Closed(type, ActivityTypes));
        span?.SetTag("wfteams.channel", Closed(channel, Channels));
        if (invokeName is not null)
        {
            span?.SetTag("wfteams.invoke.name", Closed(invokeName, InvokeNames));
        }

        return span;
    }

    /// <param name="status">The HTTP status the turn answers with; null when it threw.</param>
    public static void TurnEnded(Activity? span, string? type, string? channel, int? status)
    {
        var outcome = status switch
        {
            null => "error",
            < 400 => "ok",
            501 => "not_implemented",
            _ => "failed",
        };
        span?.SetTag("wfteams.outcome", outcome);
        if (status is null)
        {
            span?.SetStatus(ActivityStatusCode.Error);
        }

        Turns.Add(1,
            new KeyValuePair<string, object?>("wfteams.activity.type", Closed(type, ActivityTypes)),
            new KeyValuePair<string, object?>("wfteams.channel", Closed(channel, Channels)),
            new KeyValuePair<string, object?>("wfteams.outcome", outcome));
    }

    /// <summary>Runs a document generator in a span and counts it with its duration.</summary>
    /// <param name="kind">profile or report.</param>
    public static byte[] Document(DocumentKind kind, string templateId, Func<byte[]> generate)
    {
        var kindName = kind switch { DocumentKind.Profile => "profile", DocumentKind.Quality => "quality", _ => "report" };
        var template = CaseMetrics.Hash(templateId);
        using var span = Source.StartActivity("document " + kindName);
        span?.SetTag("wfteams.document.kind", kindName);
        span?.SetTag("wfteams.template", template);
        var started = Stopwatch.GetTimestamp();
        var bytes = generate();
        var tags = new TagList { { "wfteams.document.kind", kindName }, { "wfteams.template", template } };
        Documents.Add(1, tags);
        DocumentDuration.Record(Stopwatch.GetElapsedTime(started).TotalSeconds, tags);
        span?.SetTag("wfteams.document.bytes", bytes.Length);
        return bytes;
    }

    /// <summary>A span for a publish run; <see cref="PublishEnded"/> counts it.</summary>
    public static Activity? PublishStarted(string templateId)
    {
        var span = Source.StartActivity("publish");
        span?.SetTag("wfteams.template", CaseMetrics.Hash(templateId));
        return span;
    }

    /// <param name="outcome">published, already_published, not_found, not_released, unavailable or failed.</param>
    public static void PublishEnded(Activity? span, string outcome)
    {
        span?.SetTag("wfteams.outcome", outcome);
        PublishRuns.Add(1, new KeyValuePair<string, object?>("wfteams.outcome", outcome));
    }

    private static string Closed(string? value, HashSet<string> known) =>
        value is not null && known.Contains(value) ? value : "other";
}
