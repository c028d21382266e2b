using System.Text.Json.Nodes;
using WfTeams.Core.Chat;
using WfTeams.Core.Insights;
using WfTeams.Core.Processes;
using WfTeams.Core.Runs;
using WfTeams.Testing;
using static WfTeams.Core.Tests.Insights.InsightCaseSet;

namespace WfTeams.Core.Tests.Insights;

[Collection("Azurite")]
public sealed class FiguresChatTests(AzuriteFixture azurite)
{
    private static readonly ProcessTemplate Template = InsightFixture.Template() with { Status = TemplateStatus.Released };

    private async Task<(CaseConversation Bot, string Tenant)> SetupAsync()
    {
        var tenant = AzuriteFixture.NewTenant();
        await azurite.Store.ImportAsync(tenant, Template);
        var cases = new CaseStore(azurite.Server.CreateServiceClient());
        var insights = new InsightStore(azurite.Server.CreateServiceClient());
        await WalkAsync(new RunnerCaseDriver(azurite.Store, cases, new InsightProjector(insights)), tenant.Value);
        var runner = new CaseRunner(azurite.Store, cases, new ManualTime(Now));
        return (new CaseConversation(runner, azurite.Store, figures: new FiguresChat(insights, azurite.Store, new ManualTime(Now))), tenant.Value);
    }

    private static readonly System.Text.Json.JsonSerializerOptions Readable = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static ChatContext Context(string tenant, string locale = "de") => new(tenant, CaseFactory.Anna, CaseFactory.NewActivityId(), "a:1on1-anna", false, locale);

    [Fact]
    public async Task Kennzahlen_ProcessAndYear_CardWithFiguresTargetsAndWaitingSteps()
    {
        var (bot, tenant) = await SetupAsync();

        var reply = await bot.OnMessageAsync("kennzahlen ansiedlung kennzahlen 2026", Context(tenant));

        var card = Assert.Single(reply.Send).ToJsonString(Readable);
        Assert.Contains("Kennzahlen: Ansiedlung (Kennzahlen)", card, StringComparison.Ordinal);
        Assert.Contains("Median 3,4 Tage · 90 % binnen 5,5 Tage", card, StringComparison.Ordinal);
        Assert.Contains("70 (verfehlt)", card, StringComparison.Ordinal);
        Assert.Contains("nicht automatisch gemessen", card, StringComparison.Ordinal);
        Assert.Contains("Standortsuche", card, StringComparison.Ordinal);
        Assert.DoesNotContain("A GmbH", card, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Figures_English_DefaultPeriodCoversTheCases()
    {
        var (bot, tenant) = await SetupAsync();

        var card = Assert.Single((await bot.OnMessageAsync("figures Ansiedlung Kennzahlen", Context(tenant, "en"))).Send).ToJsonString(Readable);

        Assert.Contains("Figures: Ansiedlung (Kennzahlen)", card, StringComparison.Ordinal);
        Assert.Contains("70 (missed)", card, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Kennzahlen_UnknownProcess_OffersTheProcesses()
    {
        var (bot, tenant) = await SetupAsync();

        var card = Assert.Single((await bot.OnMessageAsync("kennzahlen zzzz", Context(tenant))).Send).ToJsonString(Readable);

        Assert.Contains("Ansiedlung (Kennzahlen)", card, StringComparison.Ordinal);
        Assert.DoesNotContain("Durchlaufzeit", card, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("kennzahlen Ansiedlung", "Ansiedlung", null)]
    [InlineData("Kennzahlen Ansiedlung 2026", "Ansiedlung", "2026")]
    [InlineData("figures Bestandspflege Nord 2026-01..2026-06", "Bestandspflege Nord", "2026-01..2026-06")]
    [InlineData("<at>WfTeams</at> figures Ansiedlung 3m", "Ansiedlung", "3m")]
    public void Parse_Figures_ProcessAndPeriod(string text, string process, string? period)
    {
        var command = ChatCommand.Parse(text);

        Assert.Equal((ChatCommandKind.Figures, process, period), (command.Kind, command.Argument, command.Subject));
    }
}
