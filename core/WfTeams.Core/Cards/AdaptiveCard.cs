using System.Text.Json.Nodes;

namespace WfTeams.Core.Cards;

/// <summary>The Adaptive Card 1.5 elements our cards are made of, as plain JSON nodes.</summary>
public static class AdaptiveCard
{
    public const string ContentType = "application/vnd.microsoft.card.adaptive";
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

    /// <summary>A card shown inside Action.ShowCard: no schema, no msteams block.</summary>
    public static JsonObject Nested(JsonArray body, JsonArray actions) => new()
    {
        ["type"] = "AdaptiveCard",
        ["body"] = body,
        ["actions"] = actions,
    };

    public static JsonObject Text(string text, bool bold = false, string? size = null, string? color = null, bool subtle = false, string? spacing = null)
    {
        var block = new JsonObject { ["type"] = "TextBlock", ["text"] = text, ["wrap"] = true };
        if (bold)
        {
            block["weight"] = "Bolder";
        }

        if (size is not null)
        {
            block["size"] = size;
        }

        if (color is not null)
        {
            block["color"] = color;
        }

        if (subtle)
        {
            block["isSubtle"] = true;
        }

        if (spacing is not null)
        {
            block["spacing"] = spacing;
        }

        return block;
    }

    public static JsonObject Facts(IEnumerable<(string Title, string Value)> facts) => new()
    {
        ["type"] = "FactSet",
        ["facts"] = new JsonArray(facts.Select(f => (JsonNode)new JsonObject { ["title"] = f.Title, ["value"] = f.Value }).ToArray()),
    };

    public static JsonObject Container(JsonArray items, string? style = null, bool separator = false)
    {
        var container = new JsonObject { ["type"] = "Container", ["items"] = items };
        if (style is not null)
        {
            container["style"] = style;
        }

        if (separator)
        {
            container["separator"] = true;
        }

        return container;
    }

    /// <summary>Universal Action: Teams sends an invoke <c>adaptiveCard/action</c> with this verb and data (plus the inputs when <paramref name="withInputs"/>).</summary>
    public static JsonObject Execute(string title, string verb, JsonObject data, string? style = null, bool withInputs = true)
    {
        var action = new JsonObject
        {
            ["type"] = "Action.Execute",
            ["title"] = title,
            ["verb"] = verb,
            ["data"] = data,
            ["associatedInputs"] = withInputs ? "auto" : "none",
        };
        if (style is not null)
        {
            action["style"] = style;
        }

        return action;
    }

    public static JsonObject ShowCard(string title, JsonObject card) => new() { ["type"] = "Action.ShowCard", ["title"] = title, ["card"] = card };

    public static JsonObject Actions(params JsonNode[] actions) => new() { ["type"] = "ActionSet", ["actions"] = new JsonArray(actions) };

    /// <summary>Shortens user-provided text to fit the card's size budget, marking the cut.</summary>
    public static string Clip(string? text, int maxChars)
    {
        if (string.IsNullOrEmpty(text) || text.Length <= maxChars)
        {
            return text ?? "";
        }

        var cut = maxChars - 1;
        if (char.IsHighSurrogate(text[cut - 1]))
        {
            cut--;
        }

        return string.Concat(text.AsSpan(0, cut), "…");
    }
}
