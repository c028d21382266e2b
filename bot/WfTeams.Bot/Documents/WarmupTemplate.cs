using WfTeams.Core.Processes;

namespace WfTeams.Bot.Documents;

/// <summary>
/// A small built-in template that touches every part of the Prozesssteckbrief (all sections, a checklist, every
/// field type, a decision): generating it once after the start compiles the document code the first real
/// profile needs. Never stored, never shown.
/// </summary>
public static class WarmupTemplate
{
    public static ProcessTemplate Value { get; } = new()
    {
        Id = "warmup",
        Version = 1,
        Name = "Aufwärmen",
        Code = "WU-01",
        Owner = "Leitung",
        Goal = "Der Dokumentcode ist übersetzt.",
        Trigger = "Der Start des Hosts.",
        Result = "Ein Prozesssteckbrief, der verworfen wird.",
        ValidFrom = new DateOnly(2026, 1, 1),
        Category = ProcessCategory.Support,
        Scope = "Der Host",
        Inputs = [new ProcessInput { Description = "Anfrage", Supplier = "Unternehmen" }],
        Outputs = [new ProcessOutput { Description = "Bescheid", Customer = "Unternehmen" }],
        Participants = [new Participant { Role = "Sachbearbeitung", Task = "führt die Schritte aus" }],
        Interfaces = [new ProcessInterface { Direction = InterfaceDirection.Upstream, Process = "Erstberatung" }],
        ItSystems = ["CRM"],
        LegalBasis = ["BauGB"],
        Kpis = [new Kpi { Name = "Durchlaufzeit", Target = "≤ 30 Tage" }],
        Risks = [new Risk { Description = "Fristversäumnis", Control = "Wiedervorlage" }],
        Documents = [new DocumentReference { Title = "Formular A", Url = "https://intranet.example/formular-a.docx" }],
        ChangeHistory = [new ChangeEntry { Version = 1, Date = new DateOnly(2026, 1, 1), Author = "WfTeams", Change = "Erstfassung" }],
        Steps =
        [
            new ProcessStep
            {
                Id = "pruefen",
                Title = "Unterlagen prüfen",
                Description = "Unterlagen auf Vollständigkeit prüfen.",
                Responsible = "Sachbearbeitung",
                Contributors = ["Bauamt"],
                Input = "Unterlagen",
                Result = "Geprüfte Unterlagen",
                Tools = ["CRM"],
                Duration = "P2D",
                Checklist = [new ChecklistItem { Id = "vollstaendig", Text = "Unterlagen vollständig", Required = true }],
                Fields =
                [
                    new CaptureField { Id = "firma", Label = "Firma", Type = FieldType.Text, Required = true },
                    new CaptureField { Id = "notiz", Label = "Notiz", Type = FieldType.Multiline },
                    new CaptureField { Id = "betrag", Label = "Betrag (EUR)", Type = FieldType.Number },
                    new CaptureField { Id = "termin", Label = "Termin", Type = FieldType.Date },
                    new CaptureField { Id = "art", Label = "Art", Type = FieldType.Choice, Options = ["Neugründung", "Verlagerung"] },
                    new CaptureField { Id = "foerderung", Label = "Förderung?", Type = FieldType.YesNo },
                    new CaptureField { Id = "person", Label = "Ansprechperson", Type = FieldType.Person },
                    new CaptureField { Id = "link", Label = "Link", Type = FieldType.Link },
                ],
                Decision = new Decision
                {
                    Question = "Vollständig?",
                    Options =
                    [
                        new DecisionOption { Id = "ja", Label = "Ja", Next = "abschliessen" },
                        new DecisionOption { Id = "nein", Label = "Nein", Next = "pruefen" },
                    ],
                },
            },
            new ProcessStep { Id = "abschliessen", Title = "Abschließen", Responsible = "Leitung" },
        ],
    };
}
