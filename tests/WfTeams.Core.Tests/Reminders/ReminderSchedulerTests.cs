using Microsoft.Extensions.Time.Testing;
using WfTeams.Core.Processes;
using WfTeams.Core.Reminders;
using WfTeams.Core.Runs;
using WfTeams.Core.Storage;
using WfTeams.Testing;
using static WfTeams.Testing.CaseFactory;

namespace WfTeams.Core.Tests.Reminders;

/// <summary>The reminder scheduler on Azurite with an injected clock: when it speaks, to whom, and exactly once.</summary>
[Collection("Azurite")]
public sealed class ReminderSchedulerTests(AzuriteFixture azurite)
{
    private const string Group = "19:vertrieb@thread.v2";
    private const string OverdueTitle = "Erinnerung: Schritt überfällig";
    private const string DigestTitle = "Guten Morgen – Ihre offenen Vorgänge";

    private static readonly WorkingCalendar Calendar = WorkingCalendar.Default;

    private readonly TenantId _tenant = AzuriteFixture.NewTenant();
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));
    private readonly CaseStore _cases = new(azurite.Server.CreateServiceClient());
    private readonly ConversationReferences _references = new(azurite.Server.CreateServiceClient());
    private readonly RecordingMessenger _messenger = new();

    private static DateTimeOffset Berlin(int year, int month, int day, int hour, int minute) =>
        Calendar.At(new DateOnly(year, month, day), new TimeOnly(hour, minute));

    private ReminderScheduler Scheduler(string holder = "instance-a", RecordingMessenger? messenger = null) => new(
        _cases, _references, new TableLease(azurite.Server.CreateServiceClient(), _time), new ReminderLog(azurite.Server.CreateServiceClient(), _time),
        messenger ?? _messenger, new ReminderSettings(), _tenant, _time, holder);

    /// <summary>A released template whose first step is due a day after it starts (calendar days); the clock set to <paramref name="at"/> (default Wed 23.12.2026 10:00).</summary>
    private async Task<ProcessTemplate> ImportAsync(string? duration = "P1D", DateTimeOffset? at = null)
    {
        _time.SetUtcNow(at ?? Berlin(2026, 12, 23, 10, 0));
        var template = TemplateFactory.Minimal() with
        {
            Status = TemplateStatus.Released,
            Steps =
            [
                new ProcessStep { Id = "pruefen", Title = "Antrag prüfen", Responsible = "Sachbearbeitung", Duration = duration },
                new ProcessStep { Id = "bescheiden", Title = "Bescheid schreiben", Responsible = "Sachbearbeitung" },
            ],
        };
        await azurite.Store.ImportAsync(_tenant, template);
        return template;
    }

    private async Task<CaseApplied> StartAsync(Actor? actor = null, bool shared = false, string subject = "Muster GmbH") =>
        Assert.IsType<CaseApplied>(await new CaseRunner(azurite.Store, _cases, _time)
            .StartAsync(Start(_tenant.Value, "minimal", actor, subject, shared ? Group : "a:1on1-" + (actor ?? Anna).Id, shared) with { ActivityId = NewActivityId() }));

    private async Task<int> TickAtAsync(DateTimeOffset at, ReminderScheduler? scheduler = null)
    {
        _time.SetUtcNow(at);
        var before = _messenger.Sent.Count;
        await (scheduler ?? Scheduler()).TickAsync();
        return _messenger.Sent.Count - before;
    }

    [Fact]
    public async Task OverdueStep_RemindedOnceThenOncePerWorkingDay_NoneOnHolidaysOrWeekend()
    {
        await ImportAsync();
        await StartAsync(); // Wed 23.12. 10:00, due Thu 24.12. 10:00

        Assert.Equal(0, await TickAtAsync(Berlin(2026, 12, 24, 9, 59)));
        Assert.Equal(1, await TickAtAsync(Berlin(2026, 12, 24, 10, 1)));
        Assert.Equal(0, await TickAtAsync(Berlin(2026, 12, 24, 10, 2)));
        Assert.Equal(0, await TickAtAsync(Berlin(2026, 12, 24, 17, 0)));
        Assert.Equal(0, await TickAtAsync(Berlin(2026, 12, 25, 9, 30))); // 1. Weihnachtstag
        Assert.Equal(0, await TickAtAsync(Berlin(2026, 12, 26, 9, 30))); // 2. Weihnachtstag, Saturday
        Assert.Equal(0, await TickAtAsync(Berlin(2026, 12, 27, 9, 30))); // Sunday
        Assert.Equal(0, await TickAtAsync(Berlin(2026, 12, 28, 8, 59)));
        Assert.Equal(1, await TickAtAsync(Berlin(2026, 12, 28, 9, 1)));
        Assert.Equal(0, await TickAtAsync(Berlin(2026, 12, 28, 15, 0)));
        Assert.Equal(1, await TickAtAsync(Berlin(2026, 12, 29, 9, 0)));

        Assert.Equal([OverdueTitle, OverdueTitle, OverdueTitle], _messenger.Titles());
        Assert.All(_messenger.Sent, s => Assert.Equal("user:" + Anna.Id, s.To)); // nobody assigned, a personal case: its starter
    }

    [Fact]
    public async Task DueOnSaturday_FirstReminderMondayMorning()
    {
        await ImportAsync("P3D", Berlin(2026, 11, 25, 11, 0));
        await StartAsync(); // due Sat 28.11. 11:00

        Assert.Equal(0, await TickAtAsync(Berlin(2026, 11, 28, 11, 5)));
        Assert.Equal(0, await TickAtAsync(Berlin(2026, 11, 29, 11, 5)));
        Assert.Equal(1, await TickAtAsync(Berlin(2026, 11, 30, 9, 0)));
    }

    [Fact]
    public async Task CompletedStep_NotReminded()
    {
        var template = await ImportAsync();
        var started = await StartAsync();
        await new CaseRunner(azurite.Store, _cases, _time).ExecuteAsync(Complete(started.State, template));

        Assert.Equal(0, await TickAtAsync(Berlin(2026, 12, 24, 10, 1)));
    }

    [Fact]
    public async Task RemindersOff_NothingSent_OnAgainSendsNextDay()
    {
        await ImportAsync();
        await StartAsync();
        await _references.SetRemindersAsync(_tenant, Anna.Id, on: false);

        Assert.Equal(0, await TickAtAsync(Berlin(2026, 12, 24, 10, 1)));

        await _references.SetRemindersAsync(_tenant, Anna.Id, on: true);
        Assert.Equal(1, await TickAtAsync(Berlin(2026, 12, 28, 9, 1)));
    }

    [Fact]
    public async Task AssignedStep_AssigneeGetsTheStepCardOnce()
    {
        var template = await ImportAsync();
        var started = await StartAsync(shared: true);
        await new CaseRunner(azurite.Store, _cases, _time).ExecuteAsync(On(new AssignStep { Tenant = "", Actor = Anna, ActivityId = "", CaseId = "", Assignee = Ben }, started.State));

        Assert.Equal(1, await TickAtAsync(Berlin(2026, 12, 23, 10, 1)));
        Assert.Equal(0, await TickAtAsync(Berlin(2026, 12, 23, 10, 2)));

        var (to, card) = Assert.Single(_messenger.Sent);
        Assert.Equal("user:" + Ben.Id, to);
        Assert.Equal("Ihnen wurde der Schritt „Antrag prüfen“ im Vorgang „Minimaler Prozess – Muster GmbH“ zugewiesen.", (string?)card["body"]![0]!["text"]);
        Assert.Contains(StepCards.Actions(card), a => (string?)a["verb"] == "complete");
        Assert.True(template.Steps.Count > 0);
    }

    [Fact]
    public async Task AssigneeUnreachable_CaseChatToldInstead()
    {
        await ImportAsync();
        var started = await StartAsync(shared: true);
        await new CaseRunner(azurite.Store, _cases, _time).ExecuteAsync(On(new AssignStep { Tenant = "", Actor = Anna, ActivityId = "", CaseId = "", Assignee = Ben }, started.State));
        _messenger.ToUser = _ => Delivery.Unreachable;

        await TickAtAsync(Berlin(2026, 12, 24, 10, 1));

        var told = _messenger.Sent.Where(s => s.To == "conv:" + Group).Select(s => s.Card.ToJsonString()).ToList();
        Assert.Equal(2, told.Count); // the assignment, then the overdue step
        Assert.All(told, json => Assert.Contains("Ben Yilmaz ist über den Bot nicht erreichbar", System.Text.RegularExpressions.Regex.Unescape(json), StringComparison.Ordinal));
        Assert.Equal(0, await TickAtAsync(Berlin(2026, 12, 24, 10, 2)));
    }

    [Fact]
    public async Task Digest_AtEightBerlin_AcrossTheDstChange_OncePerWorkingDay()
    {
        await ImportAsync(duration: null, Berlin(2026, 3, 26, 12, 0));
        await StartAsync();
        await _references.RememberUserAsync(_tenant, Anna.Id, "29:anna", "https://smba.trafficmanager.net/emea/", "a:1on1-anna");

        Assert.Equal(0, await TickAtAsync(new DateTimeOffset(2026, 3, 27, 6, 59, 0, TimeSpan.Zero))); // Fri 07:59 CET
        Assert.Equal(1, await TickAtAsync(new DateTimeOffset(2026, 3, 27, 7, 0, 0, TimeSpan.Zero)));  // Fri 08:00 CET
        Assert.Equal(0, await TickAtAsync(new DateTimeOffset(2026, 3, 27, 9, 0, 0, TimeSpan.Zero)));
        Assert.Equal(0, await TickAtAsync(new DateTimeOffset(2026, 3, 28, 7, 0, 0, TimeSpan.Zero)));  // Saturday
        Assert.Equal(0, await TickAtAsync(new DateTimeOffset(2026, 3, 29, 7, 0, 0, TimeSpan.Zero)));  // Sunday, clocks go forward
        Assert.Equal(0, await TickAtAsync(new DateTimeOffset(2026, 3, 30, 5, 59, 0, TimeSpan.Zero))); // Mon 07:59 CEST
        Assert.Equal(1, await TickAtAsync(new DateTimeOffset(2026, 3, 30, 6, 0, 0, TimeSpan.Zero)));  // Mon 08:00 CEST
        Assert.Equal(0, await TickAtAsync(new DateTimeOffset(2026, 3, 30, 7, 0, 0, TimeSpan.Zero)));

        Assert.Equal([DigestTitle, DigestTitle], _messenger.Titles());
        Assert.Contains("Muster GmbH", _messenger.Sent.First().Card.ToJsonString(), StringComparison.Ordinal);
        Assert.Contains(StepCards.Actions(_messenger.Sent.First().Card), a => (string?)a["verb"] == "open");
    }

    [Fact]
    public async Task TwoInstances_TickingTogether_SendEveryReminderExactlyOnce()
    {
        await ImportAsync();
        var subjects = Enumerable.Range(1, 40).Select(i => $"Firma {i}").ToList();
        foreach (var subject in subjects)
        {
            await StartAsync(subject: subject);
        }

        var a = Scheduler("instance-a");
        var b = Scheduler("instance-b");
        foreach (var at in new[] { Berlin(2026, 12, 24, 10, 1), Berlin(2026, 12, 24, 10, 2), Berlin(2026, 12, 28, 9, 1) })
        {
            _time.SetUtcNow(at);
            await Task.WhenAll(Task.Run(() => a.TickAsync()), Task.Run(() => b.TickAsync()), Task.Run(() => a.TickAsync()));
        }

        var reminders = _messenger.Sent.Select(s => s.Card.ToJsonString()).ToList();
        Assert.Equal(80, reminders.Count); // 40 on the day it became overdue, 40 on the next working day
        Assert.All(subjects, s => Assert.Equal(2, reminders.Count(r => r.Contains($"{s}\\u201C", StringComparison.Ordinal) || r.Contains($"{s}“", StringComparison.Ordinal))));
    }

    [Fact]
    public async Task CrashBetweenRecordAndSend_SentByTheNextInstanceOnce()
    {
        await ImportAsync();
        await StartAsync();
        _time.SetUtcNow(Berlin(2026, 12, 24, 10, 1));
        _messenger.Crash = new InvalidOperationException("the host died");
        await Assert.ThrowsAsync<InvalidOperationException>(() => Scheduler("crashed").TickAsync());
        Assert.Empty(_messenger.Sent);

        Assert.Equal(0, await TickAtAsync(Berlin(2026, 12, 24, 10, 2), Scheduler("instance-b"))); // the crashed instance's lease still holds
        Assert.Equal(1, await TickAtAsync(Berlin(2026, 12, 24, 10, 5), Scheduler("instance-b")));  // lease and record ran out: taken over
        Assert.Equal(0, await TickAtAsync(Berlin(2026, 12, 24, 10, 6), Scheduler("instance-b")));
    }
}
