using WfTeams.Core.Processes;
using WfTeams.Core.Storage;

namespace WfTeams.Core.Runs;

/// <summary>
/// The use cases of running a case, for the bot's activity handler: start, change, look at, list.
/// Reads, decides with <see cref="CaseFlow"/>, writes with <see cref="CaseStore"/>; never throws for user input.
/// </summary>
public sealed class CaseRunner(TemplateStore templates, CaseStore cases, TimeProvider time, ICaseFollower? follower = null)
{
    private const int MaxAttempts = 4;

    public CaseStore Store => cases;

    /// <summary>Starts a case from the template's released version. A retried start activity returns the case it made.</summary>
    public async Task<CaseOutcome> StartAsync(StartCase command, CancellationToken cancellationToken = default)
    {
        var tenant = new TenantId(command.Tenant);
        if (CaseFlow.CheckSubject(command.Subject) is { } subjectError)
        {
            return new CaseRefused(new Refusal(RefusalCode.Tampered, subjectError.MessageKey));
        }

        var head = await templates.GetHeadAsync(tenant, command.TemplateId, cancellationToken);
        if (head is null)
        {
            return new CaseRefused(new Refusal(RefusalCode.NotFound, "TemplateNotFound", command.TemplateId));
        }

        if (head.ReleasedVersion is not { } released)
        {
            return new CaseRefused(new Refusal(RefusalCode.TemplateNotReleased, "TemplateNotReleased", head.Name));
        }

        var template = await templates.GetAsync(tenant, command.TemplateId, released, cancellationToken)
            ?? throw new InvalidDataException($"Template {command.TemplateId} version {released} is released but missing.");
        var caseId = CaseStore.CaseIdFor(tenant, command.ActivityId);
        var (state, started) = CaseFlow.Start(command, template, caseId, time.GetUtcNow());
        await cases.AddToIndexAsync(tenant, state, CaseStore.IndexKeys(tenant, state), cancellationToken);
        await cases.Due.ScheduleAsync(tenant, null, state, started, cancellationToken);
        try
        {
            if (await cases.CreateAsync(tenant, state, started, template, cancellationToken))
            {
                CaseMetrics.Record(state, started);
                await FollowAsync(tenant, state, template, started, cancellationToken);
                return new CaseApplied(state, template, started);
            }
        }
        catch (TableLimitException)
        {
            return new CaseRefused(new Refusal(RefusalCode.TooLarge, "CaseTooLarge"));
        }

        var existing = await cases.LoadAsync(tenant, caseId, cancellationToken)
            ?? throw new InvalidDataException($"Case {caseId} exists but cannot be read.");
        var first = await cases.FindAppliedAsync(tenant, caseId, command.ActivityId, cancellationToken) ?? started;
        return new CaseApplied(existing.State, existing.Template, first, Duplicate: true);
    }

    /// <summary>
    /// Applies a change exactly once: a Teams retry of an applied activity returns what it did; a click on an
    /// outdated card or a lost race is refused naming who was first; nothing else is ever overwritten.
    /// </summary>
    public async Task<CaseOutcome> ExecuteAsync(CaseCommand command, CancellationToken cancellationToken = default)
    {
        if (!TryTenant(command.Tenant, out var tenant) || !CaseStore.IsCaseId(command.CaseId))
        {
            return new CaseRefused(new Refusal(RefusalCode.NotFound, "CaseNotFound"));
        }

        var lastWritten = true;
        for (var attempt = 1; ; attempt++)
        {
            var loaded = await cases.LoadAsync(tenant, command.CaseId, cancellationToken, lastWritten);
            if (loaded is null)
            {
                return new CaseRefused(new Refusal(RefusalCode.NotFound, "CaseNotFound"));
            }

            var outcome = CaseFlow.Apply(loaded.State, loaded.Template, command, time.GetUtcNow());
            if (lastWritten && outcome is not CaseApplied)
            {
                // What this instance wrote last may be outdated: only a change is checked by the ETag, so decide anything else on a fresh read.
                lastWritten = false;
                attempt--;
                continue;
            }

            lastWritten = false;
            if (outcome is CaseRefused { Refusal.Code: RefusalCode.Stale or RefusalCode.Closed })
            {
                // A Teams retry of an activity we applied looks like a click on an outdated card.
                return (CaseOutcome?)await AlreadyAppliedAsync(tenant, loaded, command, cancellationToken) ?? outcome;
            }

            if (outcome is not CaseApplied applied)
            {
                return outcome;
            }

            if (applied.Event.Assignee is not null)
            {
                await cases.AddToIndexAsync(tenant, applied.State, [CaseStore.UserIndexKey(tenant, applied.Event.Assignee.Id)], cancellationToken);
            }

            await cases.Due.ScheduleAsync(tenant, loaded.State, applied.State, applied.Event, cancellationToken);
            CaseStore.SaveResult saved;
            try
            {
                saved = await cases.SaveAsync(tenant, loaded, applied.State, applied.Event, cancellationToken);
            }
            catch (TableLimitException)
            {
                return new CaseRefused(new Refusal(RefusalCode.TooLarge, "CaseTooLarge"), loaded.State, loaded.Template);
            }

            switch (saved)
            {
                case CaseStore.SaveResult.Saved:
                    CaseMetrics.Record(applied.State, applied.Event);
                    await FollowAsync(tenant, applied.State, applied.Template, applied.Event, cancellationToken);
                    if (!applied.State.IsOpen)
                    {
                        await cases.CloseInIndexAsync(tenant, applied.State, cancellationToken);
                    }

                    return applied;
                case CaseStore.SaveResult.DuplicateActivity:
                    var again = await cases.LoadAsync(tenant, command.CaseId, cancellationToken) ?? loaded;
                    return (CaseOutcome?)await AlreadyAppliedAsync(tenant, again, command, cancellationToken) ?? new CaseRefused(new Refusal(RefusalCode.Stale, "CardOutdated"), again.State, again.Template);
                case CaseStore.SaveResult.Conflict when attempt < MaxAttempts:
                    // Someone was first: read again; a card's command is then refused as stale, naming them.
                    continue;
                default:
                    return new CaseRefused(new Refusal(RefusalCode.Stale, "CardOutdated"), loaded.State, loaded.Template);
            }
        }
    }

    /// <summary>A case the caller may see, or why not.</summary>
    public async Task<CaseOutcome> GetAsync(string tenantId, string caseId, Actor actor, string? conversationId, CancellationToken cancellationToken = default)
    {
        if (!TryTenant(tenantId, out var tenant) || !CaseStore.IsCaseId(caseId) || await cases.LoadAsync(tenant, caseId, cancellationToken) is not { } loaded)
        {
            return new CaseRefused(new Refusal(RefusalCode.NotFound, "CaseNotFound"));
        }

        return loaded.State.Admits(actor, conversationId)
            ? new CaseFound(loaded.State, loaded.Template)
            : new CaseRefused(new Refusal(RefusalCode.NotAMember, "NotACaseMember"));
    }

    /// <summary>"meine Vorgänge": the user's open cases and those of the chat, newest first.</summary>
    public Task<IReadOnlyList<CaseSummary>> ListOpenAsync(string tenantId, Actor actor, string? sharedConversationId, CancellationToken cancellationToken = default) =>
        cases.ListOpenAsync(new TenantId(tenantId), actor.Id, sharedConversationId, time.GetUtcNow(), cancellationToken);

    public DateTimeOffset Now => time.GetUtcNow();

    private async Task<CaseApplied?> AlreadyAppliedAsync(TenantId tenant, CaseStore.Loaded loaded, CaseCommand command, CancellationToken cancellationToken) =>
        await cases.FindAppliedAsync(tenant, command.CaseId, command.ActivityId, cancellationToken) is { } earlier
            ? new CaseApplied(loaded.State, loaded.Template, earlier, Duplicate: true)
            : null;

    private static bool TryTenant(string value, out TenantId tenant)
    {
        try
        {
            tenant = new TenantId(value);
            return true;
        }
        catch (ArgumentException)
        {
            tenant = null!;
            return false;
        }
    }

    /// <summary>The change is stored whatever the follower does: it catches up on its next call or a rebuild.</summary>
    private async Task FollowAsync(TenantId tenant, CaseState state, ProcessTemplate template, CaseEvent recorded, CancellationToken cancellationToken)
    {
        if (follower is null)
        {
            return;
        }

        try
        {
            await follower.FollowAsync(tenant, state, template, recorded, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            FollowerFailures.Add(1);
        }
    }

    private static readonly System.Diagnostics.Metrics.Counter<long> FollowerFailures =
        new System.Diagnostics.Metrics.Meter(CaseMetrics.MeterName).CreateCounter<long>("wfteams.cases.follower_failures", "{change}", "Stored changes a follower (figures) missed; it catches up later");
}
