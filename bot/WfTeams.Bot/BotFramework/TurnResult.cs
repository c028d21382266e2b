using System.Text.Json.Nodes;

namespace WfTeams.Bot.BotFramework;

/// <summary>The HTTP answer of a turn: a status and, for invokes, a body (BOT-PROTOCOL.md "Invoke responses").</summary>
public sealed record TurnResult(int Status, JsonObject? Body = null)
{
    public const string CardContentType = Attachment.AdaptiveCard;

    public static TurnResult Ok { get; } = new(StatusCodes.Status200OK);

    public static TurnResult NotImplemented { get; } = new(StatusCodes.Status501NotImplemented);

    /// <summary>An invoke answered with a card: Teams replaces the clicked card with it.</summary>
    public static TurnResult Card(JsonObject card) => Invoke(200, CardContentType, card);

    /// <summary>An invoke answered without a card: the clicked card stays.</summary>
    public static TurnResult Message() => Invoke(200, "application/vnd.microsoft.activity.message", "");

    /// <summary>An invoke that failed: HTTP 200, the error in the body, as Teams expects.</summary>
    public static TurnResult InvokeError(int status, string code, string message) =>
        Invoke(status, "application/vnd.microsoft.error", new JsonObject { ["code"] = code, ["message"] = message });

    private static TurnResult Invoke(int statusCode, string type, JsonNode value) =>
        new(StatusCodes.Status200OK, new JsonObject { ["statusCode"] = statusCode, ["type"] = type, ["value"] = value });
}
