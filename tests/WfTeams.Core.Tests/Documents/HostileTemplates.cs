using WfTeams.Core.Processes;
using WfTeams.Testing;

namespace WfTeams.Core.Tests.Documents;

/// <summary>
/// Templates built in code, past the validator: XML-illegal characters in every kind of text,
/// descriptions of 10,000 characters with line breaks and tabs, empty optional lists.
/// </summary>
internal static class HostileTemplates
{
    private const string Bad = "\u0001\u0000\u000B\uFFFE\uD800";

    /// <summary>10,000 characters of one paragraph, the longest description a template may have.</summary>
    private static readonly string OneParagraph = string.Concat(Enumerable.Repeat("Grundstücksverkehrsgenehmigungszuständigkeitsübertragungsverordnung prüfen. ", 200))[..10_000];

    public static ProcessTemplate Everything()
    {
        var large = TemplateFactory.Large(12, "feindlich");
        var longText = string.Concat(Enumerable.Repeat("Zeile mit\tTab und Umlauten äöüß\r\n" + Bad, 300))[..10_000];
        return large with
        {
            Name = "Prozess " + Bad + "mit 😀 und <&> \"Zeichen\"",
            Code = "K" + Bad,
            Owner = " Leitung mit Leerzeichen ",
            Goal = "Ziel mit Steuerzeichen\u0001 und Nullbyte\0 " + longText,
            Scope = longText,
            Trigger = "Auslöser\u0007",
            Result = "Ergebnis\uDC00",
            Inputs = [new ProcessInput { Description = "Eingabe" + Bad }],
            Participants = [new Participant { Role = "Rolle" + Bad, Task = longText }],
            Kpis = [new Kpi { Name = "Kennzahl" + Bad, Target = "> 5 & < 10" }],
            ItSystems = ["System" + Bad, "]]>"],
            Risks = [new Risk { Description = longText }],
            Steps =
            [
                .. large.Steps.Select((step, i) => step with
                {
                    Title = step.Title + Bad,
                    Description = i == 1 ? OneParagraph : longText,
                    Responsible = "Verantwortlich\u001F",
                    Checklist = [.. step.Checklist.Select(c => c with { Text = c.Text + Bad })],
                    Fields = [.. step.Fields.Select(f => f with { Label = f.Label + Bad, Help = i % 2 == 0 ? "Hilfe" + Bad : null })],
                    Decision = step.Decision is null ? null : step.Decision with
                    {
                        Question = step.Decision.Question + Bad,
                        Options = [.. step.Decision.Options.Select(o => o with { Label = o.Label + Bad })],
                    },
                }),
            ],
        };
    }
}
