using System.Text;
using System.Text.Json.Nodes;

namespace WfTeams.Core.Cards;

/// <summary>
/// Teams refuses a message whose activity (with its cards) exceeds about 28 KB. We measure the card
/// inside a realistic outgoing activity envelope and stay below <see cref="MaxActivityBytes"/>.
/// </summary>
public static class CardSize
{
    public const int MaxActivityBytes = 28_000;

    public static int ActivityBytes(JsonObject card) => Encoding.UTF8.GetByteCount(Activity(card).ToJsonString());

    public static bool Fits(JsonObject card) => ActivityBytes(card) <= MaxActivityBytes;

    /// <summary>The richest rendering that fits; the last level is returned even if it does not (callers page on).</summary>
    public static JsonObject Fit(Func<CardDetail, JsonObject> build)
    {
        JsonObject card = null!;
        foreach (var detail in Enum.GetValues<CardDetail>())
        {
            card = build(detail);
            if (Fits(card))
            {
                return card;
            }
        }

        return card;
    }

    /// <summary>A message activity as the bot sends it to the connector, ids as long as Teams makes them.</summary>
    public static JsonObject Activity(JsonObject card) => new()
    {
        ["type"] = "message",
        ["id"] = "1:1" + new string('x', 60),
        ["timestamp"] = "2026-11-28T12:00:00.0000000Z",
        ["serviceUrl"] = "https://smba.trafficmanager.net/emea/" + new string('x', 36) + "/",
        ["channelId"] = "msteams",
        ["from"] = new JsonObject { ["id"] = "28:" + new string('x', 36), ["name"] = "WfTeams" },
        ["conversation"] = new JsonObject
        {
            ["id"] = "19:" + new string('x', 32) + "@thread.tacv2;messageid=1732795200000",
            ["conversationType"] = "channel",
            ["tenantId"] = new string('x', 36),
        },
        ["recipient"] = new JsonObject { ["id"] = "29:" + new string('x', 120), ["name"] = new string('x', 60), ["aadObjectId"] = new string('x', 36) },
        ["replyToId"] = "1732795200000",
        ["locale"] = "de-DE",
        ["attachments"] = new JsonArray(new JsonObject { ["contentType"] = AdaptiveCard.ContentType, ["content"] = card.DeepClone() }),
    };
}
