using System.Globalization;
using WfTeams.Core.Resources;
using WfTeams.Core.Runs;
using WfTeams.Core.Storage;

namespace WfTeams.Core.Reminders;

/// <summary>
/// The bot speaking first, once per tick in every host instance. Per slice of <see cref="DueSteps"/>: take the slice's
/// lease (only one instance works it), one query for what is due, then for each row check it against the case, record
/// the message in <see cref="ReminderLog"/> BEFORE sending it, send, mark it, and move or drop the row. Overdue steps
/// are reminded once when they become overdue and then once on each following working day at
/// <see cref="ReminderSettings.ReminderTime"/>; nothing on weekends and holidays. On working days from
/// <see cref="ReminderSettings.DigestTime"/> every user with open cases gets one digest a day.
/// </summary>
public sealed class ReminderScheduler(
    CaseStore cases, ConversationReferences references, TableLease lease, ReminderLog log, IProactiveMessenger messenger,
    ReminderSettings settings, TenantId tenant, TimeProvider time, string holder)
{
    private WorkingCalendar Calendar => settings.Calendar;

    /// <summary>Observed per message: its kind (<c>due</c>, <c>assigned</c>, <c>finished</c>, <c>digest</c>) and outcome (telemetry).</summary>
    public Action<string, Delivery>? Delivered { get; init; }

    public async Task<TickReport> TickAsync(CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow();
        int slices = 0, queries = 0, found = 0, sent = 0, notSent = 0;
        for (var slice = 0; slice < DueSteps.Slices; slice++)
        {
            if (!await lease.TryTakeAsync(LeaseName(slice), holder, settings.Lease, cancellationToken))
            {
                continue;
            }

            slices++;
            queries++;
            var due = await cases.Due.DueAsync(tenant, slice, now, settings.MaxPerSlice, cancellationToken);
            found += due.Count;
            await Parallel.ForEachAsync(due, new ParallelOptions { MaxDegreeOfParallelism = settings.Parallel, CancellationToken = cancellationToken }, async (entry, ct) =>
            {
                if (await HandleAsync(entry, now, ct) is { } delivery)
                {
                    Interlocked.Increment(ref delivery == Delivery.Sent ? ref sent : ref notSent);
                }
            });
        }

        var digest = await DigestAsync(now, cancellationToken);
        return new TickReport(slices, queries + (digest ? 1 : 0), found, sent, notSent, digest);
    }

    /// <summary>Gives the slices up (shutdown), so another instance takes them at once.</summary>
    public async Task ReleaseAsync(CancellationToken cancellationToken = default)
    {
        for (var slice = 0; slice < DueSteps.Slices; slice++)
        {
            await lease.ReleaseAsync(LeaseName(slice), holder, cancellationToken);
        }
    }

    /// <summary>The moment after <paramref name="now"/> an overdue step is reminded of again: the next working day at the reminder time.</summary>
    public DateTimeOffset NextReminder(DateTimeOffset now) => Calendar.At(Calendar.NextWorkingDay(Calendar.Day(now)), settings.ReminderTime);

    private async Task<Delivery?> HandleAsync(DueEntry entry, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var loaded = await cases.LoadStateAsync(tenant, entry.CaseId, cancellationToken);
        if (loaded is not var (state, summary) || !StillTrue(entry, state))
        {
            await cases.Due.RemoveAsync(entry, cancellationToken);
            return null;
        }

        if (entry.Kind == DueKind.Due && (state.Status == CaseStatus.Paused || !Calendar.IsWorkingDay(Calendar.Day(now))))
        {
            // Paused cases and days off: look again on the next working day.
            await cases.Due.MoveAsync(entry, NextReminder(now), cancellationToken);
            return null;
        }

        var key = RecordKey(entry, state, now);
        var partition = ReminderLog.CasePartition(tenant, entry.CaseId);
        switch (await log.TryRecordAsync(partition, key, holder, settings.Lease, settings.MaxAttempts, cancellationToken))
        {
            case RecordResult.Busy:
                return null;
            case RecordResult.Done:
                await FinishRowAsync(entry, now, cancellationToken);
                return null;
        }

        var delivery = entry.Kind switch
        {
            DueKind.Due => await RemindAsync(state, summary, cancellationToken),
            DueKind.Assigned => await TellAssigneeAsync(state, now, cancellationToken),
            _ => await TellChatAsync(state, cancellationToken),
        };
        await log.MarkAsync(partition, key, ReminderLog.StateOf(delivery), cancellationToken);
        Delivered?.Invoke(entry.Kind.ToString().ToLowerInvariant(), delivery);
        if (delivery != Delivery.Failed)
        {
            await FinishRowAsync(entry, now, cancellationToken);
        }

        return delivery;
    }

    /// <summary>A row written before its case transaction, or overtaken by a later change, no longer applies.</summary>
    private static bool StillTrue(DueEntry entry, CaseState state) => entry.Kind switch
    {
        DueKind.Finished => state.Status == CaseStatus.Finished,
        DueKind.Assigned => state.IsOpen && state.CurrentStepId == entry.StepId && state.Current!.Visits == entry.Visit && state.Current.Assignee is not null,
        _ => state.IsOpen && state.CurrentStepId == entry.StepId && state.Current!.Visits == entry.Visit && state.Current.DueAt is not null,
    };

    /// <summary>One record per overdue step, visit and local day; per assignment and assignee; per finish.</summary>
    private string RecordKey(DueEntry entry, CaseState state, DateTimeOffset now) => entry.Kind switch
    {
        DueKind.Due => string.Create(CultureInfo.InvariantCulture, $"due|{entry.StepId}|{entry.Visit}|{Calendar.Day(now):yyyy-MM-dd}"),
        DueKind.Assigned => string.Create(CultureInfo.InvariantCulture, $"assigned|{entry.StepId}|{entry.Visit}|{TableAccess.KeyHash(state.Current!.Assignee!.Id)}"),
        _ => "finished",
    };

    private Task FinishRowAsync(DueEntry entry, DateTimeOffset now, CancellationToken cancellationToken) =>
        entry.Kind == DueKind.Due ? cases.Due.MoveAsync(entry, NextReminder(now), cancellationToken) : cases.Due.RemoveAsync(entry, cancellationToken);

    /// <summary>The assignee in their personal chat; nobody assigned: the case's chat. Unreachable: the case's chat is told instead.</summary>
    private async Task<Delivery> RemindAsync(CaseState state, CaseSummary summary, CancellationToken cancellationToken)
    {
        var person = state.Current!.Assignee ?? (state.Shared ? null : state.StartedBy);
        if (person is null)
        {
            return await messenger.ToConversationAsync(tenant, state.ConversationId!, ReminderCards.Overdue(summary, Messages.Culture(null)), cancellationToken);
        }

        var known = await references.FindUserAsync(tenant, person.Id, cancellationToken);
        if (known?.RemindersOff == true)
        {
            return Delivery.Off;
        }

        var delivery = await messenger.ToUserAsync(tenant, person, known, ReminderCards.Overdue(summary, Messages.Culture(known?.Locale)), cancellationToken);
        if (delivery is Delivery.Unreachable or Delivery.NoRoute && state.Shared && state.ConversationId is { } chat)
        {
            await messenger.ToConversationAsync(tenant, chat, ReminderCards.Overdue(summary, Messages.Culture(null), unreachable: person.Name), cancellationToken);
        }

        return delivery;
    }

    private async Task<Delivery> TellAssigneeAsync(CaseState state, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var assignee = state.Current!.Assignee!;
        var known = await references.FindUserAsync(tenant, assignee.Id, cancellationToken);
        if (known?.RemindersOff == true)
        {
            return Delivery.Off;
        }

        var loaded = await cases.LoadAsync(tenant, state.Id, cancellationToken);
        if (loaded is null)
        {
            return Delivery.NoRoute;
        }

        var card = ReminderCards.Assigned(loaded.State, loaded.Template, Messages.Culture(known?.Locale), now);
        var delivery = await messenger.ToUserAsync(tenant, assignee, known, card, cancellationToken);
        if (delivery is Delivery.Unreachable && state.Shared && state.ConversationId is { } chat)
        {
            await messenger.ToConversationAsync(tenant, chat, ReminderCards.Overdue(CaseSummary.Of(loaded.State, loaded.Template), Messages.Culture(null), unreachable: assignee.Name), cancellationToken);
        }

        return delivery;
    }

    /// <summary>A personal case finished by someone else: its starter's chat is told.</summary>
    private async Task<Delivery> TellChatAsync(CaseState state, CancellationToken cancellationToken)
    {
        var known = await references.FindUserAsync(tenant, state.StartedBy.Id, cancellationToken);
        return await messenger.ToUserAsync(tenant, state.StartedBy, known, ReminderCards.Finished(state, Messages.Culture(known?.Locale)), cancellationToken);
    }

    /// <summary>On working days from the digest time: each reachable user with open cases gets one digest (recorded per user and day before it is sent).</summary>
    private async Task<bool> DigestAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var local = TimeZoneInfo.ConvertTime(now, Calendar.Zone);
        var day = DateOnly.FromDateTime(local.DateTime);
        if (!Calendar.IsWorkingDay(day) || TimeOnly.FromDateTime(local.DateTime) < settings.DigestTime)
        {
            return false;
        }

        var partition = string.Create(CultureInfo.InvariantCulture, $"{tenant.Value}|digest|{day:yyyy-MM-dd}");
        if (await log.IsDoneAsync(partition, "run", cancellationToken) || !await lease.TryTakeAsync($"digest|{tenant.Value}", holder, settings.Lease, cancellationToken))
        {
            return false;
        }

        var failed = false;
        await foreach (var user in references.UsersAsync(tenant, cancellationToken))
        {
            if (user.RemindersOff || !user.Reachable || user.ObjectId.Length == 0)
            {
                continue;
            }

            var key = TableAccess.KeyHash(user.ObjectId);
            if (await log.TryRecordAsync(partition, key, holder, settings.Lease, settings.MaxAttempts, cancellationToken) != RecordResult.Send)
            {
                continue;
            }

            var open = await cases.ListOpenAsync(tenant, user.ObjectId, null, now, cancellationToken);
            if (open.Count == 0)
            {
                await log.MarkAsync(partition, key, "empty", cancellationToken);
                continue;
            }

            var delivery = await messenger.ToUserAsync(tenant, new Actor(user.ObjectId, ""), user, ReminderCards.Digest(open, Messages.Culture(user.Locale), now), cancellationToken);
            await log.MarkAsync(partition, key, ReminderLog.StateOf(delivery), cancellationToken);
            Delivered?.Invoke("digest", delivery);
            failed |= delivery == Delivery.Failed;
        }

        if (!failed)
        {
            // Done for the day: later ticks skip the users' query. After a failure the next tick tries the failed ones again.
            await log.MarkAsync(partition, "run", "sent", cancellationToken);
        }

        return true;
    }

    private string LeaseName(int slice) => string.Create(CultureInfo.InvariantCulture, $"reminders|{tenant.Value}|{slice}");
}
