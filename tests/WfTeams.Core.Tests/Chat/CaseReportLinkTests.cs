using System.Globalization;
using System.Text.Json.Nodes;
using WfTeams.Core.Chat;
using WfTeams.Core.Runs;
using WfTeams.Testing;
using static WfTeams.Testing.CaseFactory;

namespace WfTeams.Core.Tests.Chat;

/// <summary>The summary card links the case report once the case has ended, and only then.</summary>
[Collection("Azurite")]
public sealed class CaseReportLinkTests(AzuriteFixture azurite)
{
    private sealed class Links : ICaseReportLinks
    {
        public List<(string CaseId, string Language)> Asked { get; } = [];

        public Uri? For(CaseState state, CultureInfo culture)
        {
            Asked.Add((state.Id, culture.TwoLetterISOLanguageName));
            return new Uri($"https://wfteams.example/api/cases/{state.Id}/report.docx?sig=x");
        }
    }

    [Fact]
    public async Task CancelledCase_SummaryCardLinksTheReport_OpenCaseStatusDoesNot()
    {
        var tenant = AzuriteFixture.NewTenant();
        await azurite.Store.ImportAsync(tenant, await SampleAsync("ansiedlung"));
        var runner = new CaseRunner(azurite.Store, new CaseStore(azurite.Server.CreateServiceClient()), new ManualTime(new DateTimeOffset(2026, 11, 28, 8, 0, 0, TimeSpan.Zero)));
        var links = new Links();
        var bot = new CaseConversation(runner, azurite.Store, links);
        ChatContext Chat() => new(tenant.Value, Anna, NewActivityId(), "a:1on1-anna", false, "en-US");

        await bot.OnMessageAsync("start Ansiedlung for Muster GmbH", Chat());
        var status = Assert.Single((await bot.OnMessageAsync("status", Chat())).Send);
        Assert.Empty(links.Asked);
        Assert.DoesNotContain("Action.OpenUrl", status.ToJsonString(), StringComparison.Ordinal);

        var summary = Assert.Single((await bot.OnMessageAsync("cancel company said no", Chat())).Send);

        var (caseId, language) = Assert.Single(links.Asked);
        Assert.Equal("en", language);
        var open = Assert.Single(summary["actions"]!.AsArray(), a => (string?)a!["type"] == "Action.OpenUrl")!;
        Assert.Equal($"https://wfteams.example/api/cases/{caseId}/report.docx?sig=x", (string?)open["url"]);
        Assert.Equal("Download case report", (string?)open["title"]);
    }
}
