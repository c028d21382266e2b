using System.Globalization;
using System.Text.Json.Nodes;
using WfTeams.Core.Cards;

namespace WfTeams.Core.Chat;

/// <summary>
/// The chat commands; for text the bot did not understand, what the user probably meant first;
/// with a greeting, the welcome when the bot joins a conversation.
/// </summary>
public static class HelpCard
{
    public static JsonObject Build(CultureInfo culture, string? notUnderstood = null, bool welcome = false)
    {
        var body = new JsonArray();
        if (welcome)
        {
            body.Add(AdaptiveCard.Text(CardText.Get("BotWelcomeTitle", culture), bold: true, size: "Large"));
            body.Add(AdaptiveCard.Text(CardText.Get("BotWelcomeText", culture)));
        }

        IReadOnlyList<ChatCommandKind> commands = [ChatCommandKind.Start, ChatCommandKind.Processes, ChatCommandKind.Status, ChatCommandKind.MyCases, ChatCommandKind.Cancel, ChatCommandKind.Publish, ChatCommandKind.Figures, ChatCommandKind.Help];
        if (notUnderstood is not null)
        {
            body.Add(AdaptiveCard.Text(CardText.Get("CardHelpUnknown", culture, AdaptiveCard.Clip(notUnderstood, 100)), bold: true));
            body.Add(AdaptiveCard.Text(CardText.Get("CardHelpSuggest", culture)));
            commands = ChatCommand.Suggest(notUnderstood);
        }
        else
        {
            body.Add(AdaptiveCard.Text(CardText.Get("CardHelpTitle", culture), bold: true, size: welcome ? "Medium" : "Large"));
        }

        // Capturing processes and switching reminders off are not case commands, but people ask the help for them too.
        var lines = commands.Select(c => CardText.Get("Help" + c, culture))
            .Concat(notUnderstood is null ? [CardText.Get("HelpCapture", culture), CardText.Get("HelpReminders", culture)] : []);
        body.Add(AdaptiveCard.Text(string.Join("\n", lines.Select(line => "- " + line))));
        return AdaptiveCard.Create(body, [AdaptiveCard.Execute(CardText.Get("CardProcessesTitle", culture), ActionVerbs.Processes, [], withInputs: false)]);
    }
}
