using System.Globalization;
using WfTeams.Core.Processes;

namespace WfTeams.Testing;

/// <summary>Templates made in code: large ones for round trips and benchmarks, small ones to break.</summary>
public static class TemplateFactory
{
    /// <summary>
    /// A valid template of <paramref name="steps"/> steps: every step has a checklist and fields of
    /// every type; every tenth step asks whether to repeat the previous one (a loop) or go on.
    /// </summary>
    public static ProcessTemplate Large(int steps, string id = "grossprozess", int version = 1) => Minimal(id, version) with
    {
        Name = $"Großprozess mit {steps} Schritten",
        Code = "GP-01",
        ValidFrom = new DateOnly(2026, 1, 1),
        Category = ProcessCategory.Support,
        Scope = "Alle Standorte der Wirtschaftsförderung",
        Inputs = [new ProcessInput { Description = "Anfrage", Supplier = "Unternehmen" }],
        Outputs = [new ProcessOutput { Description = "Bescheid", Customer = "Unternehmen" }],
        Participants = [new Participant { Role = "Sachbearbeitung", Task = "führt die Schritte aus" }],
        Interfaces =
        [
            new ProcessInterface { Direction = InterfaceDirection.Upstream, Process = "Erstberatung" },
            new ProcessInterface { Direction = InterfaceDirection.Downstream, Process = "Bestandspflege" },
        ],
        ItSystems = ["CRM"],
        LegalBasis = ["BauGB"],
        Kpis = [new Kpi { Name = "Durchlaufzeit", Target = "≤ 30 Tage" }],
        Risks = [new Risk { Description = "Fristversäumnis", Control = "Wiedervorlage" }],
        Documents = [new DocumentReference { Title = "Formular A", Url = "https://intranet.example/formular-a.docx" }],
        ChangeHistory = [new ChangeEntry { Version = version, Date = new DateOnly(2026, 1, 1), Author = "Qualitätsmanagement", Change = "Erstfassung" }],
        Steps = Enumerable.Range(1, steps).Select(i => Step(i, steps)).ToArray(),
    };

    /// <summary>The smallest valid template: the required fields and one step.</summary>
    public static ProcessTemplate Minimal(string id = "minimal", int version = 1) => new()
    {
        Id = id,
        Version = version,
        Name = "Minimaler Prozess",
        Owner = "Leitung",
        Goal = "Ein Ziel",
        Trigger = "Ein Auslöser",
        Result = "Ein Ergebnis",
        Steps = [new ProcessStep { Id = "schritt-1", Title = "Einziger Schritt", Responsible = "Sachbearbeitung" }],
    };

    private static ProcessStep Step(int i, int count)
    {
        var step = new ProcessStep
        {
            Id = StepId(i),
            Title = $"Schritt {i}: Unterlagen prüfen und Ergebnis dokumentieren",
            Description = $"Prüfen Sie die Unterlagen von Schritt {i} auf Vollständigkeit, halten Sie offene Punkte fest und informieren Sie die Beteiligten über das Ergebnis.",
            Responsible = i % 2 == 0 ? "Projektleitung Ansiedlung" : "Sachbearbeitung Bestandspflege",
            Contributors = ["Bauamt"],
            Input = "Unterlagen des Unternehmens",
            Result = "Geprüfte Unterlagen",
            Tools = ["CRM"],
            Duration = $"P{1 + (i % 5)}D",
            Checklist =
            [
                new ChecklistItem { Id = "vollstaendig", Text = "Unterlagen vollständig", Required = true },
                new ChecklistItem { Id = "crm", Text = "Im CRM dokumentiert" },
            ],
            Fields =
            [
                new CaptureField { Id = "firma", Label = "Firma", Type = FieldType.Text, Required = true },
                new CaptureField { Id = "notiz", Label = "Notiz", Type = FieldType.Multiline },
                new CaptureField { Id = "betrag", Label = "Betrag (EUR)", Type = FieldType.Number, Required = true },
                new CaptureField { Id = "termin", Label = "Termin", Type = FieldType.Date },
                new CaptureField { Id = "art", Label = "Art", Type = FieldType.Choice, Options = ["Neugründung", "Verlagerung", "Erweiterung"] },
                new CaptureField { Id = "foerderung", Label = "Förderung beantragt?", Type = FieldType.YesNo },
            ],
        };
        return i % 10 == 0 && i < count
            ? step with
            {
                Decision = new Decision
                {
                    Question = $"Ist Schritt {i - 1} zu wiederholen?",
                    Options =
                    [
                        new DecisionOption { Id = "ja", Label = "Ja, wiederholen", Next = StepId(i - 1) },
                        new DecisionOption { Id = "nein", Label = "Nein, weiter", Next = StepId(i + 1) },
                    ],
                },
            }
            : step;
    }

    private static string StepId(int i) => string.Create(CultureInfo.InvariantCulture, $"schritt-{i}");
}
