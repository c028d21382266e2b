using System.Text.Json.Nodes;

namespace WfTeams.Bot.Conversations;

/// <summary>The envelope every card shares: Adaptive Card 1.5 (what Teams renders), full width.</summary>
public static class AdaptiveCard
{
    public const string Version = "1.5";

    public static JsonObject Create(JsonArray body, JsonArray? actions = null)
    {
        var card = new JsonObject
        {
            ["type"] = "AdaptiveCard",
            ["$schema"] = "http://adaptivecards.io/schemas/adaptive-card.json",
            ["version"] = Version,
            ["body"] = body,
        };
        if (actions is { Count: > 0 })
        {
            card["actions"] = actions;
        }

        card["msteams"] = new JsonObject { ["width"] = "Full" };
        return card;
    }
}
