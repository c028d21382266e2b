using System.Globalization;
using System.Text.Json.Nodes;
using WfTeams.Core.Cards;
using WfTeams.Core.Resources;
using WfTeams.Core.Runs;
using WfTeams.Core.Storage;

namespace WfTeams.Core.Chat;

/// <summary>
/// What the bot answers about cases, below the protocol layer: a chat message or a card action in,
/// cards out. The activity handler only authenticates, deduplicates and delivers.
/// </summary>
/// <param name="reportLinks">Puts the case report's download link on the summary card of an ended case; optional.</param>
/// <param name="handbook">Publishes for "veröffentliche ‹Prozess›"; without it the command is refused.</param>
/// <param name="roles">Who may publish; without it nobody may.</param>
/// <param name="figures">Answers "kennzahlen ‹Prozess›"; without it the command gets the help card.</param>
/// <param name="diagrams">Puts the process diagram on a process's detail card; optional.</param>
public sealed class CaseConversation(CaseRunner runner, TemplateStore templates, ICaseReportLinks? reportLinks = null, IHandbook? handbook = null, IChatRoles? roles = null, FiguresChat? figures = null, IProcessDiagrams? diagrams = null)
{
    /// <param name="Replace">For a card action: the card that replaces the clicked one (the invoke's response). Null for messages.</param>
    /// <param name="Send">Cards to post as new messages in the conversation, in order.</param>
    public sealed record Reply(JsonObject? Replace, IReadOnlyList<JsonObject> Send);

    /// <summary>A chat message: commands in German or English; anything else gets help with suggestions.</summary>
    public async Task<Reply> OnMessageAsync(string? text, ChatContext context, CancellationToken cancellationToken = default)
    {
        var culture = Messages.Culture(context.Locale);
        var command = ChatCommand.Parse(text);
        var tenant = new TenantId(context.Tenant);
        switch (command.Kind)
        {
            case ChatCommandKind.Start:
            {
                var released = (await templates.ListAsync(tenant, cancellationToken)).Where(t => t.ReleasedVersion is not null).ToList();
                var found = NameMatch.Find(command.Argument ?? "", released.Select(t => new NameMatch.Candidate(t.Id, t.Name)));
                if (found.Single is not { } match)
                {
                    var offered = found.IsAmbiguous ? released.Where(t => found.Matches.Any(m => m.Id == t.Id)).ToList() : released;
                    var intro = Messages.Format(found.IsAmbiguous ? "AmbiguousProcess" : "NoProcessMatch", culture, AdaptiveCard.Clip(command.Argument, 100));
                    return Send(ProcessListCard.Build(offered, culture, intro));
                }

                var name = released.First(t => t.Id == match.Id).Name;
                return command.Subject is null
                    ? Send(SubjectCard.Build(match.Id, name, culture))
                    : await StartAsync(match.Id, name, command.Subject, context, culture, replace: false, cancellationToken);
            }

            case ChatCommandKind.Processes:
                return Send(ProcessListCard.Build(await templates.ListAsync(tenant, cancellationToken), culture));
            case ChatCommandKind.MyCases:
                return Send(MyCasesCard.Build(await runner.ListOpenAsync(context.Tenant, context.Actor, context.Shared ? context.ConversationId : null, cancellationToken), culture, runner.Now));
            case ChatCommandKind.Status or ChatCommandKind.Cancel or ChatCommandKind.Pause or ChatCommandKind.Resume:
            {
                if (await CurrentCaseAsync(context, cancellationToken) is not { } current)
                {
                    return Send(RefusalCard.Build(new Refusal(RefusalCode.NotFound, "NoOpenCase"), culture));
                }

                if (command.Kind == ChatCommandKind.Status)
                {
                    return Send(StatusCard.Build(current.State, current.Template, culture, runner.Now));
                }

                CaseCommand change = command.Kind switch
                {
                    ChatCommandKind.Cancel => new CancelCase { Tenant = "", Actor = context.Actor, ActivityId = "", CaseId = "", Reason = command.Argument },
                    ChatCommandKind.Pause => new PauseCase { Tenant = "", Actor = context.Actor, ActivityId = "", CaseId = "" },
                    _ => new ResumeCase { Tenant = "", Actor = context.Actor, ActivityId = "", CaseId = "" },
                };
                var reply = await ChangeAsync(change with { Tenant = context.Tenant, ActivityId = context.ActivityId, ConversationId = context.ConversationId, CaseId = current.State.Id, Locale = context.Locale }, 0, null, culture, cancellationToken);
                return Send([.. new[] { reply.Replace }.OfType<JsonObject>(), .. reply.Send]);
            }

            case ChatCommandKind.Publish:
                return Send(await PublishAsync(command.Argument ?? "", context, culture, cancellationToken));
            case ChatCommandKind.Figures when figures is not null:
                return Send(await figures.AnswerAsync(command.Argument ?? "", command.Subject, tenant, culture, cancellationToken));
            case ChatCommandKind.Help:
                return Send(HelpCard.Build(culture));
            default:
                return Send(HelpCard.Build(culture, command.Argument));
        }
    }

    /// <summary>A card's Action.Execute (invoke adaptiveCard/action): verb and data are untrusted.</summary>
    /// <param name="colleagues">The chat's members, offered when assigning a step; optional.</param>
    public async Task<Reply> OnActionAsync(string? verb, JsonNode? data, ChatContext context, IReadOnlyList<Actor>? colleagues = null, CancellationToken cancellationToken = default)
    {
        var culture = Messages.Culture(context.Locale);
        switch (CardAction.Parse(verb, data, context))
        {
            case CardAction.Refused refused:
                return Replace(RefusalCard.Build(refused.Refusal, culture));
            case CardAction.Processes:
                return Replace(ProcessListCard.Build(await templates.ListAsync(new TenantId(context.Tenant), cancellationToken), culture));
            case CardAction.Process process:
            {
                var tenant = new TenantId(context.Tenant);
                var head = await templates.GetHeadAsync(tenant, process.TemplateId, cancellationToken);
                var template = head?.ReleasedVersion is { } released ? await templates.GetAsync(tenant, head.Id, released, cancellationToken) : null;
                return template is null
                    ? Replace(RefusalCard.Build(new Refusal(RefusalCode.NotFound, "TemplateNotFound", process.TemplateId), culture))
                    : Replace(ProcessCard.Build(template, diagrams?.For(template, culture), culture));
            }

            case CardAction.Start start:
            {
                var head = await templates.GetHeadAsync(new TenantId(context.Tenant), start.TemplateId, cancellationToken);
                if (head?.ReleasedVersion is null)
                {
                    return Replace(RefusalCard.Build(new Refusal(RefusalCode.NotFound, "TemplateNotFound", start.TemplateId), culture));
                }

                return start.Subject is null
                    ? Replace(SubjectCard.Build(head.Id, head.Name, culture))
                    : await StartAsync(head.Id, head.Name, start.Subject, context, culture, replace: true, cancellationToken);
            }

            case CardAction.Open open:
                return await ShowAsync(open.CaseId, context, culture, colleagues, open.Page, status: false, cancellationToken);
            case CardAction.Status status:
                return await ShowAsync(status.CaseId, context, culture, colleagues, 0, status: true, cancellationToken);
            case CardAction.Change change:
                return await ChangeAsync(change.Command, change.Page, colleagues, culture, cancellationToken);
            default:
                return Replace(RefusalCard.Build(new Refusal(RefusalCode.UnknownVerb, "UnknownAction"), culture));
        }
    }

    private async Task<Reply> StartAsync(string templateId, string name, string subject, ChatContext context, CultureInfo culture, bool replace, CancellationToken cancellationToken)
    {
        if (CaseFlow.CheckSubject(subject) is { } error)
        {
            var ask = SubjectCard.Build(templateId, name, culture, subject, error);
            return replace ? Replace(ask) : Send(ask);
        }

        var outcome = await runner.StartAsync(new StartCase
        {
            Tenant = context.Tenant,
            Actor = context.Actor,
            ActivityId = context.ActivityId,
            ConversationId = context.ConversationId,
            Shared = context.Shared,
            TemplateId = templateId,
            Subject = subject,
        }, cancellationToken);
        var card = outcome switch
        {
            CaseApplied applied => StepCard.Build(applied.State, applied.Template, culture, runner.Now),
            CaseRefused refused => RefusalCard.Build(refused.Refusal, culture),
            _ => throw new InvalidOperationException(outcome.GetType().Name),
        };
        return replace ? Replace(card) : Send(card);
    }

    private async Task<Reply> ShowAsync(string caseId, ChatContext context, CultureInfo culture, IReadOnlyList<Actor>? colleagues, int page, bool status, CancellationToken cancellationToken)
    {
        var outcome = await runner.GetAsync(context.Tenant, caseId, context.Actor, context.ConversationId, cancellationToken);
        if (outcome is not CaseFound found)
        {
            return Replace(RefusalCard.Build(((CaseRefused)outcome).Refusal, culture));
        }

        return Replace(status || !found.State.IsOpen
            ? (found.State.IsOpen ? StatusCard.Build(found.State, found.Template, culture, runner.Now) : Summary(found.State, found.Template, culture))
            : StepCard.Build(found.State, found.Template, culture, runner.Now, colleagues: colleagues, page: page));
    }

    private async Task<Reply> ChangeAsync(CaseCommand command, int page, IReadOnlyList<Actor>? colleagues, CultureInfo culture, CancellationToken cancellationToken)
    {
        var outcome = await runner.ExecuteAsync(command, cancellationToken);
        var now = runner.Now;
        switch (outcome)
        {
            case CaseApplied { Event.Kind: CaseEventKind.Completed or CaseEventKind.Skipped } applied:
            {
                var done = CompletedStepCard.Build(applied.State, applied.Template, applied.Event, culture);
                if (applied.Duplicate)
                {
                    return new Reply(done, []);
                }

                var next = applied.State.IsOpen
                    ? StepCard.Build(applied.State, applied.Template, culture, now, colleagues: colleagues)
                    : Summary(applied.State, applied.Template, culture);
                return new Reply(done, [next]);
            }

            case CaseApplied applied:
                return Replace(applied.State.IsOpen
                    ? StepCard.Build(applied.State, applied.Template, culture, now, colleagues: colleagues, page: applied.Event.Kind == CaseEventKind.Saved ? page : 0)
                    : Summary(applied.State, applied.Template, culture));
            case CaseInvalid invalid:
                return Replace(StepCard.Build(invalid.State, invalid.Template, culture, now, invalid.Draft, invalid.Errors, colleagues, page: page));
            case CaseRefused { State: { } state, Template: { } template } refused:
                return state.IsOpen
                    ? Replace(StepCard.Build(state, template, culture, now, colleagues: colleagues, notice: refused.Refusal.Message(culture)))
                    : new Reply(RefusalCard.Build(refused.Refusal, culture), [Summary(state, template, culture)]);
            case CaseRefused refused:
                return Replace(RefusalCard.Build(refused.Refusal, culture));
            default:
                throw new InvalidOperationException(outcome.GetType().Name);
        }
    }

    /// <summary>
    /// "veröffentliche ‹Prozess›": editors only; the name matched over all the tenant's templates, so a draft-only
    /// process gets the publisher's own "not released" answer rather than "not found".
    /// </summary>
    private async Task<JsonObject> PublishAsync(string argument, ChatContext context, CultureInfo culture, CancellationToken cancellationToken)
    {
        if (roles?.IsEditor(context.Actor) != true)
        {
            return RefusalCard.Build(new Refusal(RefusalCode.NotAnEditor, "PublishEditorsOnly"), culture);
        }

        if (handbook is null)
        {
            return RefusalCard.Build(new Refusal(RefusalCode.NotFound, "PublishNotInChat"), culture);
        }

        var tenant = new TenantId(context.Tenant);
        var all = await templates.ListAsync(tenant, cancellationToken);
        var found = NameMatch.Find(argument, all.Select(t => new NameMatch.Candidate(t.Id, t.Name)));
        if (found.Single is not { } match)
        {
            var offered = found.IsAmbiguous ? found.Matches.Select(m => m.Name) : all.Select(t => t.Name);
            var intro = Messages.Format(found.IsAmbiguous ? "PublishAmbiguousProcess" : "PublishNoProcessMatch", culture, AdaptiveCard.Clip(argument, 100));
            return PublishCard.Choose(intro, offered.ToList(), culture);
        }

        var entry = await handbook.PublishAsync(tenant, match.Id, culture, cancellationToken);
        return entry is { Refusal: null, WebUrl: { } webUrl }
            ? PublishCard.Build(entry.Name, entry.Version, webUrl, entry.PdfUrl, entry.AlreadyPublished, culture)
            : RefusalCard.Build(new Refusal(RefusalCode.TemplateNotReleased, "PublishRefused", entry.Refusal), culture);
    }

    /// <summary>The case a chat command means: the newest open case of this group chat, or in a personal chat the user's newest.</summary>
    private async Task<CaseFound?> CurrentCaseAsync(ChatContext context, CancellationToken cancellationToken)
    {
        var open = await runner.ListOpenAsync(context.Tenant, context.Actor, context.Shared ? context.ConversationId : null, cancellationToken);
        foreach (var summary in open)
        {
            if (await runner.GetAsync(context.Tenant, summary.CaseId, context.Actor, context.ConversationId, cancellationToken) is CaseFound found && found.State.Shared == context.Shared)
            {
                return found;
            }
        }

        return null;
    }

    /// <summary>The summary card; an ended case's card links its report.</summary>
    private JsonObject Summary(CaseState state, Processes.ProcessTemplate template, CultureInfo culture) =>
        SummaryCard.Build(state, template, culture, state.IsOpen ? null : reportLinks?.For(state, culture));

    private static Reply Send(params JsonObject[] cards) => new(null, cards);

    private static Reply Replace(JsonObject card) => new(card, []);
}
