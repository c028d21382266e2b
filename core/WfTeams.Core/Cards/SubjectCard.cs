using System.Globalization;
using System.Text.Json.Nodes;
using WfTeams.Core.Runs;

namespace WfTeams.Core.Cards;

/// <summary>Asks what a new case is about (usually the company) before starting it.</summary>
public static class SubjectCard
{
    public static JsonObject Build(string templateId, string templateName, CultureInfo culture, string? subject = null, FieldError? error = null)
    {
        var input = new JsonObject
        {
            ["type"] = "Input.Text",
            ["id"] = InputIds.Subject,
            ["label"] = CardText.Get("CardSubjectLabel", culture),
            ["placeholder"] = CardText.Get("CardSubjectPlaceholder", culture),
            ["maxLength"] = CaseFlow.MaxSubjectChars,
        };
        if (subject is not null)
        {
            input["value"] = AdaptiveCard.Clip(subject, CaseFlow.MaxSubjectChars);
        }

        var body = new JsonArray(AdaptiveCard.Text(CardText.Get("CardSubjectTitle", culture, AdaptiveCard.Clip(templateName, 200)), bold: true, size: "Large"), input);
        if (error is not null)
        {
            body.Add(AdaptiveCard.Text(error.Message(culture), color: "Attention", size: "Small", spacing: "None"));
        }

        return AdaptiveCard.Create(body, [AdaptiveCard.Execute(CardText.Get("CardStart", culture), ActionVerbs.Start, new JsonObject { ["templateId"] = templateId }, "positive")]);
    }
}
