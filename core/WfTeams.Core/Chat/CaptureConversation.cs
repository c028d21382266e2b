using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using WfTeams.Core.Capture;
using WfTeams.Core.Cards;
using WfTeams.Core.Processes;
using WfTeams.Core.Resources;
using WfTeams.Core.Storage;

namespace WfTeams.Core.Chat;

/// <summary>
/// Capturing a process in chat: the interview's commands and card buttons, one stored write per answer,
/// review and release. Answers <c>null</c> for what is not about capturing, so the case conversation gets it.
/// A card older than the draft (another device answered first) changes nothing and shows the current state.
/// </summary>
public sealed class CaptureConversation(
    DraftStore drafts, TemplateStore templates, TimeProvider time, CaptureOptions options,
    IReviewRoles? roles = null, IHandbook? handbook = null, IDraftProfileLinks? profiles = null, IReviewerNotifier? reviewers = null)
{
    public async Task<CaseConversation.Reply?> OnMessageAsync(string? text, ChatContext context, CancellationToken cancellationToken = default)
    {
        if (CaptureCommand.Parse(text) is not { } command)
        {
            return null;
        }

        var culture = Messages.Culture(context.Locale);
        var tenant = new TenantId(context.Tenant);
        switch (command.Kind)
        {
            case CaptureCommandKind.New:
            {
                var draft = await drafts.SaveAsync(tenant, Draft.Start(Guid.NewGuid().ToString("N"), context.Actor.Id, context.Actor.Name, time.GetUtcNow()), cancellationToken);
                return Send(CaptureQuestionCard.Build(draft, culture));
            }

            case CaptureCommandKind.MyDrafts:
                return Send(CaptureDraftsCard.Build(
                    [.. (await drafts.ListAsync(tenant, context.Actor.Id, cancellationToken: cancellationToken)).Where(d => d.Status != DraftStatus.Released)], culture));
            case CaptureCommandKind.Reviews:
                return roles?.IsReviewer(context.Actor) == true
                    ? Send(CaptureDraftsCard.Build(await drafts.ListAsync(tenant, null, DraftStatus.InReview, cancellationToken), culture, review: true))
                    : Send(Notice("CaptureNotReviewer", culture));
            case CaptureCommandKind.Edit:
            {
                var released = (await templates.ListAsync(tenant, cancellationToken)).Where(t => t.ReleasedVersion is not null).ToList();
                var found = NameMatch.Find(command.Argument ?? "", released.Select(t => new NameMatch.Candidate(t.Id, t.Name)));
                if (found.Single is not { } match)
                {
                    var offered = found.IsAmbiguous ? released.Where(t => found.Matches.Any(m => m.Id == t.Id)).ToList() : released;
                    return Send(ProcessListCard.Build(offered, culture, Messages.Format(found.IsAmbiguous ? "AmbiguousProcess" : "NoProcessMatch", culture, AdaptiveCard.Clip(command.Argument, 100))));
                }

                var template = await templates.GetAsync(tenant, match.Id, released.First(t => t.Id == match.Id).ReleasedVersion, cancellationToken);
                var draft = await drafts.SaveAsync(tenant, Draft.Edit(Guid.NewGuid().ToString("N"), context.Actor.Id, context.Actor.Name, template!, time.GetUtcNow()), cancellationToken);
                return Send(Card(draft, context, culture));
            }

            default:
            {
                var open = (await drafts.ListAsync(tenant, context.Actor.Id, DraftStatus.Capturing, cancellationToken)).FirstOrDefault();
                return open is null ? Send(Notice("CaptureNoOpenDraft", culture)) : Send(await SubmitAsync(open, context, culture, cancellationToken));
            }
        }
    }

    public async Task<CaseConversation.Reply?> OnActionAsync(string? verb, JsonNode? data, ChatContext context, CancellationToken cancellationToken = default)
    {
        if (verb is null || !verb.StartsWith(CaptureVerbs.Prefix, StringComparison.Ordinal))
        {
            return null;
        }

        var culture = Messages.Culture(context.Locale);
        var tenant = new TenantId(context.Tenant);
        if (CaptureInput.Read(data) is not { } input)
        {
            return Replace(Notice("ActionTampered", culture));
        }

        if (await drafts.GetAsync(tenant, input.DraftId, cancellationToken) is not { } draft)
        {
            return Replace(Notice("CaptureDraftNotFound", culture));
        }

        if (verb is CaptureVerbs.Review or CaptureVerbs.Release or CaptureVerbs.Return)
        {
            return Replace(await ReviewAsync(verb, draft, input, context, culture, cancellationToken));
        }

        if (draft.OwnerId != context.Actor.Id)
        {
            return Replace(Notice("CaptureNotYours", culture));
        }

        if (verb == CaptureVerbs.Open)
        {
            return Replace(Card(draft, context, culture));
        }

        if (input.Revision != draft.Revision)
        {
            return Replace(Stale(draft, context, culture));
        }

        if (draft.Status != DraftStatus.Capturing)
        {
            return Replace(Card(draft, context, culture, Messages.Format("CaptureNotEditable", culture)));
        }

        var now = time.GetUtcNow();
        var index = input.Step is >= 0 and var s ? s : (int?)null;
        CaptureOutcome outcome;
        switch (verb)
        {
            case CaptureVerbs.Answer when !CardSize.Fits(CaptureQuestionCard.Build(draft, culture, typed: input.Values)):
                // Answers Teams could not show again on their card (28 KB): refused before anything is stored.
                return Replace(CaptureQuestionCard.Build(draft, culture, [new TemplateError("answer", "CaptureCardTooLong")]));
            case CaptureVerbs.Answer:
                outcome = CaptureInterview.Answer(draft, input.Values, now);
                break;
            case CaptureVerbs.Skip:
                outcome = CaptureInterview.Skip(draft, now);
                break;
            case CaptureVerbs.Back when draft.InSteps && !draft.Finished && draft.Template.Steps.Count > 0:
                return Replace(CaptureStepCard.Build(draft, draft.Template.Steps.Count - 1, culture));
            case CaptureVerbs.Back:
                outcome = CaptureInterview.Back(draft, now);
                break;
            case CaptureVerbs.Later:
                return Replace(CaptureNoticeCard.Build(Messages.Format("CaptureSavedForLater", culture), culture, draft));
            case CaptureVerbs.Step:
            {
                var form = StepForm.From(input.Values);
                outcome = CaptureInterview.SaveStep(draft, form, index, input.Finish, now);
                if (!outcome.Stored)
                {
                    return Replace(CaptureStepCard.Build(draft, index, culture, form, outcome.Errors));
                }

                break;
            }

            case CaptureVerbs.AddStep when draft.InSteps:
                return Replace(CaptureStepCard.Build(draft, null, culture));
            case CaptureVerbs.EditStep when draft.InSteps && index < draft.Template.Steps.Count:
                return Replace(CaptureStepCard.Build(draft, index, culture));
            case CaptureVerbs.MoveUp:
                outcome = CaptureInterview.MoveUp(draft, index ?? -1, now);
                break;
            case CaptureVerbs.Delete:
                outcome = CaptureInterview.Delete(draft, index ?? -1, now);
                break;
            case CaptureVerbs.Ask when MasterQuestions.IndexOf(input.Text("field")) is >= 0 and var question:
                outcome = CaptureOutcome.Changed(draft with { Question = MasterQuestions.FirstOf(MasterQuestions.All[question].Card), UpdatedAt = now });
                break;
            case CaptureVerbs.Preview:
                outcome = CaptureInterview.Preview(draft, now);
                break;
            case CaptureVerbs.Submit:
                return Replace(await SubmitAsync(draft, context, culture, cancellationToken));
            default:
                return Replace(Notice("UnknownAction", culture));
        }

        if (!outcome.Stored)
        {
            return Replace(draft.InSteps ? Card(draft, context, culture, Messages.Format(outcome.Errors[0].MessageKey, culture)) : CaptureQuestionCard.Build(draft, culture, outcome.Errors, verb == CaptureVerbs.Answer ? input.Values : null));
        }

        try
        {
            var saved = await drafts.SaveAsync(tenant, outcome.Draft, cancellationToken);
            return Replace(Card(saved, context, culture));
        }
        catch (DraftConflictException)
        {
            return Replace(Stale(await drafts.GetAsync(tenant, draft.Id, cancellationToken) ?? draft, context, culture));
        }
        catch (TableLimitException)
        {
            return Replace(Card(draft, context, culture, Messages.Format("CaptureTooLarge", culture)));
        }
    }

    /// <summary>The card for where the draft stands: a question, a new step, or the preview.</summary>
    private JsonObject Card(Draft draft, ChatContext context, CultureInfo culture, string? notice = null)
    {
        if (draft.Status == DraftStatus.Capturing && !draft.InSteps)
        {
            return notice is null ? CaptureQuestionCard.Build(draft, culture) : CaptureQuestionCard.Build(draft, culture, [new TemplateError("notice", "CaptureNotice", notice)]);
        }

        if (draft.Status == DraftStatus.Capturing && !draft.Finished)
        {
            return CaptureStepCard.Build(draft, null, culture, errors: notice is null ? null : [new TemplateError("notice", "CaptureNotice", notice)]);
        }

        var problems = CaptureInterview.Problems(draft);
        return CapturePreviewCard.Build(draft, culture, problems, problems.Count == 0 ? profiles?.For(context.Tenant, draft, culture) : null, notice);
    }

    private JsonObject Stale(Draft current, ChatContext context, CultureInfo culture) =>
        Card(current, context, culture, Messages.Format("CaptureStale", culture));

    private async Task<JsonObject> SubmitAsync(Draft draft, ChatContext context, CultureInfo culture, CancellationToken cancellationToken)
    {
        var problems = CaptureInterview.Problems(draft);
        if (!draft.Finished || problems.Count > 0)
        {
            return Card(draft, context, culture, Messages.Format("CaptureNotReady", culture));
        }

        var tenant = new TenantId(context.Tenant);
        var submitted = await drafts.SaveAsync(tenant, draft with { Status = DraftStatus.InReview, UpdatedAt = time.GetUtcNow() }, cancellationToken);
        var message = Messages.Format("CaptureSubmitted", culture, submitted.Template.Name);
        if (reviewers is not null)
        {
            message += " " + Told(await reviewers.NotifyAsync(tenant, submitted, context.Actor, cancellationToken), culture);
        }

        return CaptureNoticeCard.Build(message, culture, profile: profiles?.For(context.Tenant, submitted, culture));
    }

    /// <summary>Who was told that the draft waits for review, and how many could not be reached.</summary>
    private static string Told(ReviewersNotified notified, CultureInfo culture)
    {
        var told = notified.Notified.Count > 0
            ? Messages.Format("CaptureReviewersNotified", culture, string.Join(", ", notified.Notified.Select(name => AdaptiveCard.Clip(name, 100))))
            : Messages.Format("CaptureNoReviewerNotified", culture);
        return notified.Skipped > 0 ? told + " " + Messages.Format("CaptureReviewersSkipped", culture, notified.Skipped) : told;
    }

    private async Task<JsonObject> ReviewAsync(string verb, Draft draft, CaptureInput input, ChatContext context, CultureInfo culture, CancellationToken cancellationToken)
    {
        if (roles?.IsReviewer(context.Actor) != true)
        {
            return Notice("CaptureNotReviewer", culture);
        }

        if (draft.Status != DraftStatus.InReview)
        {
            return Notice(draft.Status == DraftStatus.Released ? "CaptureAlreadyReleased" : "CaptureNotInReview", culture);
        }

        var tenant = new TenantId(context.Tenant);
        var released = draft.BasedOnVersion is { } basedOn ? await templates.GetAsync(tenant, draft.Template.Id, basedOn, cancellationToken) : null;
        var template = CaptureInterview.Complete(draft.Template, draft);
        JsonObject Again(string key, params object?[] args) =>
            CaptureReviewCard.Build(draft, TemplateDiff.Compare(released, template), released is null, culture, [new TemplateError("comment", key, args)], profiles?.For(context.Tenant, draft, culture));

        if (verb == CaptureVerbs.Review)
        {
            return CaptureReviewCard.Build(draft, TemplateDiff.Compare(released, template), released is null, culture, profile: profiles?.For(context.Tenant, draft, culture));
        }

        if (input.Revision != draft.Revision)
        {
            return Again("CaptureStale");
        }

        var comment = input.Text("comment").Trim();
        if (comment.Length == 0)
        {
            return Again(verb == CaptureVerbs.Release ? "CaptureReleaseNeedsComment" : "CaptureReturnNeedsComment");
        }

        if (comment.Length > TemplateLimits.MediumText)
        {
            return Again("TooLong", comment.Length, TemplateLimits.MediumText);
        }

        var now = time.GetUtcNow();
        if (verb == CaptureVerbs.Return)
        {
            await drafts.SaveAsync(tenant, draft with { Status = DraftStatus.Capturing, ReviewComment = comment, ReviewerName = context.Actor.Name, UpdatedAt = now }, cancellationToken);
            return CaptureNoticeCard.Build(Messages.Format("CaptureReturned", culture, draft.Template.Name, draft.OwnerName), culture);
        }

        if (options.FourEyes && draft.OwnerId == context.Actor.Id && roles.IsAdmin(context.Actor) != true)
        {
            return Notice("CaptureFourEyes", culture, attention: true);
        }

        var head = await templates.GetHeadAsync(tenant, template.Id, cancellationToken);
        if (draft.BasedOnVersion is null && head is not null)
        {
            return Again("CaptureProcessExists", template.Name);
        }

        var version = (head?.LatestVersion ?? 0) + 1;
        var release = template with
        {
            Version = version,
            Status = TemplateStatus.Released,
            ChangeHistory = [.. template.ChangeHistory, new ChangeEntry { Version = version, Date = DateOnly.FromDateTime(now.UtcDateTime), Author = AdaptiveCard.Clip(context.Actor.Name, TemplateLimits.ShortText), Change = comment }],
        };
        try
        {
            await templates.AddVersionAsync(tenant, release, head, cancellationToken);
        }
        catch (InvalidTemplateException ex)
        {
            return CaptureReviewCard.Build(draft, TemplateDiff.Compare(released, template), released is null, culture, ex.Errors);
        }
        catch (TemplateConflictException)
        {
            return Again("CaptureReleaseConflict");
        }

        await drafts.SaveAsync(tenant, draft with { Status = DraftStatus.Released, ReviewerName = context.Actor.Name, ReviewComment = comment, UpdatedAt = now }, cancellationToken);
        var message = Messages.Format("CaptureReleased", culture, release.Name, version);
        if (options.PublishOnRelease && handbook is not null)
        {
            var entry = await handbook.PublishAsync(tenant, release.Id, culture, cancellationToken);
            message += " " + (entry.Refusal ?? Messages.Format("CapturePublished", culture));
        }

        return CaptureNoticeCard.Build(message, culture);
    }

    private static JsonObject Notice(string key, CultureInfo culture, bool attention = true) =>
        CaptureNoticeCard.Build(Messages.Format(key, culture), culture, attention: attention);

    private static CaseConversation.Reply Send(JsonObject card) => new(null, [card]);

    private static CaseConversation.Reply Replace(JsonObject card) => new(card, []);
}
