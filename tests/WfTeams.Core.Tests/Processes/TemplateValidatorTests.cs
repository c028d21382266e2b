using System.Globalization;
using WfTeams.Core.Processes;
using WfTeams.Testing;

namespace WfTeams.Core.Tests.Processes;

public sealed class TemplateValidatorTests
{
    private static readonly CultureInfo German = CultureInfo.GetCultureInfo("de");

    private static List<string> Errors(ProcessTemplate template) =>
        TemplateValidator.Validate(template).Select(e => $"{e.Path}: {e.Message(German)}").ToList();

    private static ProcessStep Step(string id, string? next = null, bool end = false, Decision? decision = null) =>
        new() { Id = id, Title = $"Schritt {id}", Responsible = "Sachbearbeitung", Next = next, End = end, Decision = decision };

    private static Decision Choose(params (string Id, string? Next)[] options) => new()
    {
        Question = "Weiter?",
        Options = options.Select(o => new DecisionOption { Id = o.Id, Label = o.Id, Next = o.Next, End = o.Next is null }).ToArray(),
    };

    private static ProcessTemplate WithSteps(params ProcessStep[] steps) => TemplateFactory.Minimal() with { Steps = steps };

    [Fact]
    public void Validate_LargeGeneratedTemplate_HasNoErrors()
    {
        Assert.Empty(Errors(TemplateFactory.Large(500)));
    }

    [Fact]
    public void Validate_DanglingDecisionTarget_NamesTheStep()
    {
        var template = WithSteps(
            Step("anfrage"),
            Step("bedarf"),
            Step("pruefen"),
            Step("flaeche", decision: Choose(("ja", "anfrage"), ("nein", "standortsuche"))));

        Assert.Equal(["$.steps[3].decision.options[1].next: Schritt „standortsuche“ existiert nicht"], Errors(template));
    }

    [Fact]
    public void Validate_DanglingNext_IsReported()
    {
        Assert.Equal(["$.steps[0].next: Schritt „fehlt“ existiert nicht"], Errors(WithSteps(Step("a", next: "fehlt"), Step("b"))));
    }

    [Fact]
    public void Validate_DuplicateStepIds_PointsToTheFirst()
    {
        Assert.Contains("$.steps[2].id: ID „a“ ist doppelt (schon vergeben bei $.steps[0])", Errors(WithSteps(Step("a"), Step("b"), Step("a"))));
    }

    [Theory]
    [InlineData("Großer Schritt")]
    [InlineData("a/b")]
    [InlineData("-start")]
    [InlineData("GROSS")]
    [InlineData("")]
    public void Validate_IdWithCharactersNotAllowed_IsRefused(string id)
    {
        var errors = Errors(TemplateFactory.Minimal(id));

        Assert.Contains(errors, e => e.StartsWith($"$.id: Ungültige ID „{id}“", StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_LoopWithNoWayOut_ReportsEveryTrappedStep()
    {
        var template = WithSteps(Step("a"), Step("b", next: "c"), Step("c", next: "b"), Step("d"));

        Assert.Equal(
        [
            "$.steps[0]: Von Schritt „a“ aus ist kein Prozessende erreichbar (Schleife ohne Ausweg)",
            "$.steps[1]: Von Schritt „b“ aus ist kein Prozessende erreichbar (Schleife ohne Ausweg)",
            "$.steps[2]: Von Schritt „c“ aus ist kein Prozessende erreichbar (Schleife ohne Ausweg)",
            "$.steps[3]: Schritt „d“ ist vom ersten Schritt aus nicht erreichbar",
        ], Errors(template));
    }

    [Fact]
    public void Validate_LoopWithAWayOut_IsFine()
    {
        var template = WithSteps(
            Step("unterlagen-pruefen", decision: Choose(("vollstaendig", "genehmigung"), ("fehlen", "nachfordern"))),
            Step("nachfordern", next: "unterlagen-pruefen"),
            Step("genehmigung"));

        Assert.Empty(Errors(template));
    }

    [Fact]
    public void Validate_UnreachableStepAfterAnEnd_IsReported()
    {
        Assert.Equal(["$.steps[1]: Schritt „b“ ist vom ersten Schritt aus nicht erreichbar"], Errors(WithSteps(Step("a", end: true), Step("b"))));
    }

    [Fact]
    public void Validate_DecisionRules_AreEnforced()
    {
        var decision = new Decision
        {
            Question = "Weiter?",
            Options =
            [
                new DecisionOption { Id = "beides", Label = "Beides", Next = "b", End = true },
                new DecisionOption { Id = "nichts", Label = "Nichts" },
            ],
        };
        var template = WithSteps(Step("a", next: "b", decision: decision), Step("b"));

        Assert.Equal(
        [
            "$.steps[0].next: Ein Schritt mit Entscheidung legt den Folgeschritt über die Antworten fest: „next“ ist hier nicht erlaubt",
            "$.steps[0].decision.options[0]: Jede Antwort braucht entweder „next“ (Folgeschritt) oder „end“: true (Prozessende)",
            "$.steps[0].decision.options[1]: Jede Antwort braucht entweder „next“ (Folgeschritt) oder „end“: true (Prozessende)",
        ], Errors(template));
    }

    [Fact]
    public void Validate_FieldRules_AreEnforced()
    {
        var step = Step("a") with
        {
            Duration = "P1M",
            Fields =
            [
                new CaptureField { Id = "art", Label = "Art", Type = FieldType.Choice, Options = ["Neu"] },
                new CaptureField { Id = "notiz", Label = " ", Type = FieldType.Text, Options = ["x"] },
                new CaptureField { Id = "art", Label = "Art 2", Type = FieldType.Choice, Options = ["A", "a"] },
            ],
            Links = [new DocumentReference { Title = "Intranet", Url = "ftp://server/datei" }],
        };

        Assert.Equal(
        [
            "$.steps[0].duration: Ungültige Dauer „P1M“ – erwartet z. B. P5D (5 Tage), P2W (2 Wochen) oder PT4H (4 Stunden)",
            "$.steps[0].fields[2].id: ID „art“ ist doppelt (schon vergeben bei $.steps[0].fields[0])",
            "$.steps[0].fields[0].options: Ein Auswahlfeld braucht mindestens zwei Optionen",
            "$.steps[0].fields[1].label: Darf nicht leer sein",
            "$.steps[0].fields[1].options: Optionen gibt es nur bei Feldern vom Typ „choice“",
            "$.steps[0].fields[2].options[1]: Option „a“ ist doppelt",
            "$.steps[0].links[0].url: Ungültiger Link „ftp://server/datei“ – erwartet eine vollständige http- oder https-Adresse",
        ], Errors(WithSteps(step)));
    }

    [Theory]
    [InlineData("P5D", true)]
    [InlineData("P2W", true)]
    [InlineData("PT4H", true)]
    [InlineData("P1DT2H", true)]
    [InlineData("P0D", false)]
    [InlineData("P", false)]
    [InlineData("PT", false)]
    [InlineData("5 Tage", false)]
    [InlineData("P1Y", false)]
    public void IsDuration_AcceptsDaysWeeksAndHoursOnly(string value, bool valid)
    {
        Assert.Equal(valid, TemplateValidator.IsDuration(value));
    }

    [Fact]
    public void Validate_RequiredTextsBlankAndVersionZero_AreReported()
    {
        var template = TemplateFactory.Minimal() with { Version = 0, Name = " ", Goal = "", Steps = [] };

        Assert.Equal(
        [
            "$.version: Muss mindestens 1 sein, gefunden 0",
            "$.name: Darf nicht leer sein",
            "$.goal: Darf nicht leer sein",
            "$.steps: Mindestens ein Schritt ist erforderlich",
        ], Errors(template));
    }

    [Fact]
    public void Validate_BlankEntriesInProfileListsAndSteps_AreReportedAtTheirPaths()
    {
        var template = TemplateFactory.Large(1) with
        {
            Participants = [new Participant { Role = "  " }],
            Kpis = [new Kpi { Name = "Durchlaufzeit", Target = "" }],
            ItSystems = ["CRM", "\t"],
            ChangeHistory = [new ChangeEntry { Version = 1, Date = new DateOnly(2026, 1, 1), Author = "QM", Change = " " }],
        };
        template = template with { Steps = [template.Steps[0] with { Links = [new DocumentReference { Title = "", Url = "https://example.org/a" }] }] };

        Assert.Equal(
        [
            "$.participants[0].role: Darf nicht leer sein",
            "$.itSystems[1]: Darf nicht leer sein",
            "$.kpis[0].target: Darf nicht leer sein",
            "$.changeHistory[0].change: Darf nicht leer sein",
            "$.steps[0].links[0].title: Darf nicht leer sein",
        ], Errors(template));
    }
}
