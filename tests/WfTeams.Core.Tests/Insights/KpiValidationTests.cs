using System.Globalization;
using WfTeams.Core.Processes;
using WfTeams.Testing;

namespace WfTeams.Core.Tests.Insights;

/// <summary>The measured-KPI extension of the template format: a field that exists, an aggregate that fits it.</summary>
public sealed class KpiValidationTests
{
    private static readonly CultureInfo German = CultureInfo.GetCultureInfo("de");

    private static List<string> Errors(params Kpi[] kpis) =>
        [.. TemplateValidator.Validate(InsightFixture.Template() with { Kpis = kpis }).Select(e => $"{e.Path}: {e.Message(German)}")];

    [Fact]
    public void Validate_FixtureKpis_NoErrors() => Assert.Empty(Errors([.. InsightFixture.Template().Kpis]));

    [Fact]
    public void Validate_UnknownField_NamesIt() =>
        Assert.Equal(["$.kpis[0].field: Die Kennzahl misst das Feld „gibtsnicht“, das in keinem Schritt vorkommt"],
            Errors(new Kpi { Name = "x", Target = "1", Field = "gibtsnicht", Aggregate = KpiAggregate.Count }));

    [Fact]
    public void Validate_FieldWithoutAggregate_AsksForOne() =>
        Assert.Equal(["$.kpis[0].aggregate: Die Kennzahl mit dem Feld „arbeitsplaetze“ braucht „aggregate“: count, sum oder average"],
            Errors(new Kpi { Name = "x", Target = "1", Field = "arbeitsplaetze" }));

    [Fact]
    public void Validate_SumOfADateField_Refused() =>
        Assert.Equal(["$.kpis[0].aggregate: „sum“ und „average“ brauchen ein Zahlenfeld; „vertrag-am“ ist keins (nur „count“ passt)"],
            Errors(new Kpi { Name = "x", Target = "1", Field = "vertrag-am", Aggregate = KpiAggregate.Sum }));

    [Fact]
    public void Validate_AggregateWithoutField_Refused() =>
        Assert.Equal(["$.kpis[0].aggregate: „aggregate“ ohne „field“: nennen Sie das Erfassungsfeld, das gemessen wird"],
            Errors(new Kpi { Name = "x", Target = "1", Aggregate = KpiAggregate.Average }));

    [Fact]
    public void TemplateJson_KpiWithFieldAndAggregate_RoundTrips()
    {
        var template = InsightFixture.Template();

        var again = TemplateJson.Parse(TemplateJson.SerializeToUtf8Bytes(template));

        Assert.Equal((KpiAggregate?)KpiAggregate.Sum, again.Template!.Kpis[0].Aggregate);
        Assert.Equal("arbeitsplaetze", again.Template.Kpis[0].Field);
    }
}
