using System.Text.Json.Nodes;

namespace WfTeams.Bot.BotFramework;

public sealed class Attachment
{
    public const string AdaptiveCard = "application/vnd.microsoft.card.adaptive";

    public string? ContentType { get; set; }
    public JsonNode? Content { get; set; }
    public string? ContentUrl { get; set; }
    public string? Name { get; set; }

    public static Attachment Card(JsonObject card) => new() { ContentType = AdaptiveCard, Content = card };
}
