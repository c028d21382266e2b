using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using WfTeams.Bot.Tests.BotFramework;
using WfTeams.Core.Processes;
using WfTeams.Core.Reminders;
using WfTeams.Core.Runs;
using WfTeams.Testing;
using static WfTeams.Testing.CaseFactory;

namespace WfTeams.Bot.Tests.Reminders;

/// <summary>The whole chain in the host: case change → due index → scheduler tick → messenger → outbound queue → connector client → loopback connector.</summary>
[Collection("Azurite")]
public sealed class ReminderDeliveryTests : IDisposable
{
    private const string Group = "19:vertrieb@thread.v2";
    private static readonly Actor Assignee = new("aad-ben", "Ben Yilmaz");

    private readonly AzuriteFixture _azurite;
    private readonly FakeTimeProvider _time = new(WorkingCalendar.Default.At(new DateOnly(2026, 12, 1), new TimeOnly(10, 0))); // a Tuesday
    private readonly BotHost _host;

    public ReminderDeliveryTests(AzuriteFixture azurite)
    {
        _azurite = azurite;
        _host = new BotHost(azurite, new() { ["Reminders:Enabled"] = "false" }, services: s => s.AddSingleton<TimeProvider>(_time));
    }

    public void Dispose() => _host.Dispose();

    private T Get<T>()
        where T : notnull => _host.Services.GetRequiredService<T>();

    /// <summary>A shared case in the group chat, its first step (due in a day) assigned to Ben.</summary>
    private async Task<CaseState> AssignedCaseAsync()
    {
        var template = TemplateFactory.Minimal() with
        {
            Status = TemplateStatus.Released,
            Steps = [new ProcessStep { Id = "pruefen", Title = "Antrag prüfen", Responsible = "Sachbearbeitung", Duration = "P1D" }],
        };
        await _azurite.Store.ImportAsync(_host.Tenant, template);
        await Get<ConversationReferences>().RememberConversationAsync(_host.Tenant, Group, _host.Connector.ServiceUrl);
        var runner = Get<CaseRunner>();
        var started = Assert.IsType<CaseApplied>(await runner.StartAsync(Start(_host.Tenant.Value, template.Id, Anna, conversation: Group, shared: true)));
        var assigned = await runner.ExecuteAsync(On(new AssignStep { Tenant = "", Actor = Anna, ActivityId = "", CaseId = "", Assignee = Assignee }, started.State));
        return Assert.IsType<CaseApplied>(assigned).State;
    }

    [Fact]
    public async Task StepAssigned_NewPersonalChatWithTheStepCard_ThenOverdueReminderThere()
    {
        await AssignedCaseAsync();
        _time.Advance(TimeSpan.FromMinutes(1));

        await Get<ReminderScheduler>().TickAsync();

        var calls = await _host.Connector.WaitForAsync(3);
        Assert.Equal("/v3/conversations", calls[0].Path);
        Assert.Equal("/v3/conversations/sent-1/activities", calls[1].Path);
        Assert.Contains("Ihnen wurde der Schritt „Antrag prüfen“ im Vorgang „Minimaler Prozess – Muster GmbH“ zugewiesen.", calls[1].Json, StringComparison.Ordinal);
        Assert.Contains(StepCards.Actions(StepCards.Card(calls[1])), a => (string?)a["verb"] == "complete");
        Assert.True((bool?)calls[1].Body!["channelData"]!["notification"]!["alert"]);

        _time.Advance(TimeSpan.FromDays(1));
        await Get<ReminderScheduler>().TickAsync();
        await Get<ReminderScheduler>().TickAsync();

        // Tuesday: the assignment and (after 08:00, now that Ben's chat is known) his digest; Wednesday: the reminder and the digest.
        var after = await _host.Connector.QuietAsync();
        Assert.Equal(5, after.Length);
        Assert.All(after.Skip(1), c => Assert.Equal("/v3/conversations/sent-1/activities", c.Path));
        Assert.Single(after, c => c.Json.Contains("Erinnerung: Schritt überfällig", StringComparison.Ordinal));
        Assert.Equal(2, after.Count(c => c.Json.Contains("Guten Morgen – Ihre offenen Vorgänge", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task AssigneeBlockedTheBot_CaseChatToldOnce_NoRetryStorm()
    {
        await AssignedCaseAsync();
        await Get<ConversationReferences>().RememberUserAsync(_host.Tenant, Assignee.Id, "29:ben", _host.Connector.ServiceUrl, "a:ben");
        _host.Connector.Script(403);
        _time.Advance(TimeSpan.FromMinutes(1));

        await Get<ReminderScheduler>().TickAsync();
        await Get<ReminderScheduler>().TickAsync();

        var calls = await _host.Connector.QuietAsync();
        Assert.Equal(2, calls.Length);
        Assert.Equal("/v3/conversations/a%3Aben/activities", calls[0].Path);
        Assert.StartsWith("/v3/conversations/19%3Avertrieb", calls[1].Path, StringComparison.Ordinal);
        Assert.Contains("Ben Yilmaz ist über den Bot nicht erreichbar", calls[1].Json, StringComparison.Ordinal);
        Assert.True((await Get<ConversationReferences>().FindUserAsync(_host.Tenant, Assignee.Id))!.Unreachable);
    }
}
