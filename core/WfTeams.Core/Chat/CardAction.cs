using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Nodes;
using WfTeams.Core.Cards;
using WfTeams.Core.Runs;

namespace WfTeams.Core.Chat;

/// <summary>What a card button asked for, read strictly from the untrusted <c>verb</c> and <c>data</c> of an Action.Execute.</summary>
public abstract record CardAction
{
    public const int MaxInputChars = 10_000;
    public const int MaxInputs = 200;

    /// <summary>A change to a case (complete, save, back, skip, assign, pause, resume, cancel).</summary>
    /// <param name="Page">The page of a long step card to show next (after "save").</param>
    public sealed record Change(CaseCommand Command, int Page = 0) : CardAction;

    /// <summary>Start a template; without a subject the bot asks for one.</summary>
    public sealed record Start(string TemplateId, string? Subject) : CardAction;

    /// <summary>Show a case's current step card (resume from "my cases"), optionally a page of a long step.</summary>
    public sealed record Open(string CaseId, int Page = 0) : CardAction;

    public sealed record Status(string CaseId) : CardAction;

    /// <summary>Show one released process in detail, with its diagram (the process list's button).</summary>
    public sealed record Process(string TemplateId) : CardAction;

    /// <summary>Show the process list (the help card's button).</summary>
    public sealed record Processes : CardAction;

    /// <summary>Unknown verb, missing or mistyped data: nothing happens.</summary>
    public sealed record Refused(Refusal Refusal) : CardAction;

    public static CardAction Parse(string? verb, JsonNode? data, ChatContext context)
    {
        try
        {
            return Read(verb, data as JsonObject ?? (data is null ? [] : throw new FormatException()), context);
        }
        catch (Exception ex) when (ex is FormatException or InvalidOperationException or JsonException)
        {
            return new Refused(new Refusal(RefusalCode.Tampered, "ActionTampered"));
        }
    }

    private static CardAction Read(string? verb, JsonObject data, ChatContext context)
    {
        if (data.Count > MaxInputs)
        {
            throw new FormatException();
        }

        switch (verb)
        {
            case ActionVerbs.Start:
                return new Start(Id(data, "templateId"), OptionalText(data, InputIds.Subject));
            case ActionVerbs.Open:
                return new Open(Id(data, "caseId"), data["page"] is null ? 0 : Number(data, "page"));
            case ActionVerbs.Status:
                return new Status(Id(data, "caseId"));
            case ActionVerbs.Processes:
                return new Processes();
            case ActionVerbs.Process:
                return new Process(Id(data, "templateId"));
            case ActionVerbs.Complete or ActionVerbs.Save or ActionVerbs.Back or ActionVerbs.Skip or ActionVerbs.Assign or ActionVerbs.Pause or ActionVerbs.Resume or ActionVerbs.Cancel:
                break;
            default:
                return new Refused(new Refusal(RefusalCode.UnknownVerb, "UnknownAction"));
        }

        var caseId = Id(data, "caseId");
        var stepId = Id(data, "stepId");
        var version = Number(data, "version");
        CaseCommand command = verb switch
        {
            ActionVerbs.Complete => new CompleteStep
            {
                Tenant = "", Actor = context.Actor, ActivityId = "", CaseId = "",
                Ticks = Ticks(data),
                Values = Fields(data),
                DecisionId = OptionalText(data, InputIds.Decision) is { Length: > 0 } decision ? decision : null,
            },
            ActionVerbs.Save => new SaveStep { Tenant = "", Actor = context.Actor, ActivityId = "", CaseId = "", Ticks = Ticks(data), Values = Fields(data) },
            ActionVerbs.Back => new GoBack { Tenant = "", Actor = context.Actor, ActivityId = "", CaseId = "" },
            ActionVerbs.Skip => new SkipStep { Tenant = "", Actor = context.Actor, ActivityId = "", CaseId = "", Reason = OptionalText(data, InputIds.Reason) ?? "" },
            ActionVerbs.Assign => new AssignStep { Tenant = "", Actor = context.Actor, ActivityId = "", CaseId = "", Assignee = Assignee(OptionalText(data, InputIds.Assignee)) },
            ActionVerbs.Pause => new PauseCase { Tenant = "", Actor = context.Actor, ActivityId = "", CaseId = "" },
            ActionVerbs.Resume => new ResumeCase { Tenant = "", Actor = context.Actor, ActivityId = "", CaseId = "" },
            _ => new CancelCase { Tenant = "", Actor = context.Actor, ActivityId = "", CaseId = "", Reason = OptionalText(data, InputIds.Reason) },
        };
        var page = verb == ActionVerbs.Save && data["page"] is not null ? Number(data, "page") : 0;
        return new Change(command with
        {
            Tenant = context.Tenant,
            ActivityId = context.ActivityId,
            ConversationId = context.ConversationId,
            CaseId = caseId,
            ExpectedStepId = stepId,
            ExpectedVersion = version,
            Locale = context.Locale,
        }, page);
    }

    /// <summary>A people choice sends "id|name"; a typed name (no member list at hand) becomes a name-only colleague.</summary>
    internal static Actor Assignee(string? value)
    {
        var text = value?.Trim() ?? "";
        var bar = text.IndexOf('|', StringComparison.Ordinal);
        return bar > 0
            ? new Actor(text[..bar], text[(bar + 1)..].Trim())
            : new Actor(text.Length == 0 ? "" : "name:" + text.ToLowerInvariant(), text);
    }

    private static ImmutableDictionary<string, bool> Ticks(JsonObject data) =>
        data.Where(p => p.Key.StartsWith(InputIds.CheckPrefix, StringComparison.Ordinal))
            .ToImmutableDictionary(
                p => p.Key[InputIds.CheckPrefix.Length..],
                p => Text(p.Value) switch { "true" or "True" => true, "false" or "False" or "" => false, _ => throw new FormatException() },
                StringComparer.Ordinal);

    private static ImmutableDictionary<string, string> Fields(JsonObject data) =>
        data.Where(p => p.Key.StartsWith(InputIds.FieldPrefix, StringComparison.Ordinal))
            .ToImmutableDictionary(p => p.Key[InputIds.FieldPrefix.Length..], p => Text(p.Value) ?? "", StringComparer.Ordinal);

    private static string Id(JsonObject data, string name)
    {
        var value = data[name] is JsonValue node && node.TryGetValue<string>(out var text) ? text : throw new FormatException();
        return value.Length is > 0 and <= 100 && value.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_') ? value : throw new FormatException();
    }

    private static int Number(JsonObject data, string name) => data[name] switch
    {
        JsonValue node when node.TryGetValue<int>(out var number) && number >= 0 => number,
        JsonValue node when node.TryGetValue<string>(out var text) && int.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var number) => number,
        _ => throw new FormatException(),
    };

    private static string? OptionalText(JsonObject data, string name) => data[name] is null ? null : Text(data[name]) ?? throw new FormatException();

    /// <summary>Inputs arrive as strings (Teams) or, from some clients, as booleans and numbers.</summary>
    private static string? Text(JsonNode? node)
    {
        if (node is not JsonValue value)
        {
            return node is null ? null : throw new FormatException();
        }

        var text = value.GetValueKind() switch
        {
            JsonValueKind.String => value.GetValue<string>(),
            JsonValueKind.True => "true",
            JsonValueKind.False => "false",
            JsonValueKind.Number => value.ToJsonString(),
            _ => throw new FormatException(),
        };
        return text.Length <= MaxInputChars ? text : throw new FormatException();
    }
}
