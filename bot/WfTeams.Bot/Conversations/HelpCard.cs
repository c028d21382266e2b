using System.Globalization;
using System.Text.Json.Nodes;
using WfTeams.Core.Resources;

namespace WfTeams.Bot.Conversations;

/// <summary>What the bot can do: the answer to <c>hilfe</c>/<c>help</c>, and with a greeting the welcome.</summary>
public static class HelpCard
{
    private static readonly (string Command, string Text)[] Commands =
    [
        ("BotHelpProcesses", "BotHelpProcessesText"),
        ("BotHelpStart", "BotHelpStartText"),
        ("BotHelpStatus", "BotHelpStatusText"),
        ("BotHelpMyCases", "BotHelpMyCasesText"),
        ("BotHelpCancel", "BotHelpCancelText"),
        ("BotHelpHelp", "BotHelpHelpText"),
    ];

    public static JsonObject Create(CultureInfo culture, bool welcome = false)
    {
        var body = new JsonArray();
        if (welcome)
        {
            body.Add(Text(Messages.Format("BotWelcomeTitle", culture), size: "Large", bold: true));
            body.Add(Text(Messages.Format("BotWelcomeText", culture)));
        }

        body.Add(Text(Messages.Format("BotHelpTitle", culture), size: welcome ? "Medium" : "Large", bold: true));
        body.Add(Text(Messages.Format("BotHelpText", culture)));
        body.Add(new JsonObject
        {
            ["type"] = "FactSet",
            ["facts"] = new JsonArray(Commands.Select(c => (JsonNode)new JsonObject
            {
                ["title"] = Messages.Format(c.Command, culture),
                ["value"] = Messages.Format(c.Text, culture),
            }).ToArray()),
        });
        return AdaptiveCard.Create(body);
    }

    private static JsonObject Text(string text, string? size = null, bool bold = false)
    {
        var block = new JsonObject { ["type"] = "TextBlock", ["text"] = text, ["wrap"] = true };
        if (size is not null)
        {
            block["size"] = size;
        }

        if (bold)
        {
            block["weight"] = "Bolder";
        }

        return block;
    }
}
