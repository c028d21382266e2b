using WfTeams.Core.Processes;

namespace WfTeams.Testing;

/// <summary>
/// A small settlement process for figures: capture → site search ⇄ site visit (a loop) → contract → aftercare (skippable),
/// with measured and unmeasured KPIs.
/// </summary>
public static class InsightFixture
{
    public const string Id = "ansiedlung-kennzahlen";

    public static ProcessTemplate Template(int version = 1) => TemplateFactory.Minimal(Id, version) with
    {
        Name = "Ansiedlung (Kennzahlen)",
        Kpis =
        [
            new Kpi { Name = "Neue Arbeitsplätze", Target = "mind. 120 pro Jahr", Field = "arbeitsplaetze", Aggregate = KpiAggregate.Sum },
            new Kpi { Name = "Ansiedlungen", Target = "mind. 2 pro Jahr", Field = "vertrag-am", Aggregate = KpiAggregate.Count },
            new Kpi { Name = "Arbeitsplätze je Ansiedlung", Target = "höchstens 22", Field = "arbeitsplaetze", Aggregate = KpiAggregate.Average },
            new Kpi { Name = "Zufriedenheit", Target = "mind. 80 % zufrieden", Measurement = "jährliche Umfrage" },
        ],
        Steps =
        [
            new ProcessStep
            {
                Id = "erfassen", Title = "Anfrage erfassen", Responsible = "Ansiedlung", Duration = "PT4H",
                Fields = [new CaptureField { Id = "arbeitsplaetze", Label = "Arbeitsplätze", Type = FieldType.Number }],
            },
            new ProcessStep
            {
                Id = "suche", Title = "Standortsuche", Responsible = "Ansiedlung", Duration = "P1D",
                Decision = new Decision
                {
                    Question = "Fläche gefunden?",
                    Options = [new DecisionOption { Id = "gefunden", Label = "Ja", Next = "besichtigung" }, new DecisionOption { Id = "nein", Label = "Nein", End = true }],
                },
            },
            new ProcessStep
            {
                Id = "besichtigung", Title = "Standortbesichtigung", Responsible = "Ansiedlung", Duration = "P2D",
                Decision = new Decision
                {
                    Question = "Passt der Standort?",
                    Options = [new DecisionOption { Id = "ja", Label = "Ja", Next = "vertrag" }, new DecisionOption { Id = "andere", Label = "Andere Flächen", Next = "suche" }],
                },
            },
            new ProcessStep
            {
                Id = "vertrag", Title = "Vertrag", Responsible = "Liegenschaften", Duration = "P1W",
                Fields = [new CaptureField { Id = "vertrag-am", Label = "Unterzeichnet am", Type = FieldType.Date }],
            },
            new ProcessStep { Id = "nachbetreuung", Title = "Nachbetreuung", Responsible = "Bestandspflege" },
        ],
    };
}
