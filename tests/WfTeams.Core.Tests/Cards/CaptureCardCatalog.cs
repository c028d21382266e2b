using System.Globalization;
using System.Text.Json.Nodes;
using WfTeams.Core.Capture;
using WfTeams.Core.Cards;
using WfTeams.Core.Processes;
using WfTeams.Testing;

namespace WfTeams.Core.Tests.Cards;

/// <summary>The capture cards for the catalog: every question, every step of the samples, previews, lists, reviews.</summary>
public static class CaptureCardCatalog
{
    public static IEnumerable<(string Name, JsonObject Card)> All(IReadOnlyList<ProcessTemplate> samples, CultureInfo culture)
    {
        var errors = new[] { new TemplateError("answer", "CaptureRequired"), new TemplateError("name", "CaptureRequired"), new TemplateError("title", "CaptureDuplicateStep", new string('T', 200)), new TemplateError("answers", "CaptureBadAnswerLine", 3) };
        foreach (var template in samples.Append(TemplateFactory.Large(30)))
        {
            var draft = Draft.Edit("d" + template.Id.Replace("-", "", StringComparison.Ordinal), "owner", "Erika Mustermann", template, CardCatalog.Now) with { Revision = 7 };
            for (var card = 0; card < MasterQuestions.Cards; card++)
            {
                var q = MasterQuestions.FirstOf(card);
                yield return ($"capture-question/{template.Id}/{MasterQuestions.All[q].Key}", CaptureQuestionCard.Build(draft with { Question = q, Finished = false }, culture, q == 0 ? errors : null));
            }

            var capturing = draft with { Finished = false };
            for (var i = 0; i < template.Steps.Count; i++)
            {
                yield return ($"capture-step/{template.Id}/{template.Steps[i].Id}", CaptureStepCard.Build(capturing, i, culture));
            }

            yield return ($"capture-step/new-{template.Id}", CaptureStepCard.Build(capturing, null, culture, errors: errors));
            yield return ($"capture-step/edit-finished-{template.Id}", CaptureStepCard.Build(draft, 0, culture, StepForm.Of(template.Steps[0], template), errors));
            yield return ($"capture-preview/{template.Id}", CapturePreviewCard.Build(draft, culture, [], new Uri("https://wfteams.example.org/api/drafts/x/profile.docx?expires=1&sig=" + new string('s', 43)), "Gespeichert"));
            yield return ($"capture-preview/problems-{template.Id}", CapturePreviewCard.Build(draft with { ReviewComment = new string('K', 2000), ReviewerName = "Ben" }, culture, [.. Enumerable.Repeat(new TemplateError("$.steps[0]", "StepNotFound", "x"), 20)]));
            yield return ($"capture-preview/inreview-{template.Id}", CapturePreviewCard.Build(draft with { Status = DraftStatus.InReview }, culture, []));
            yield return ($"capture-review/{template.Id}", CaptureReviewCard.Build(draft, TemplateDiff.Compare(samples[0], template), false, culture, errors));
            yield return ($"capture-review/new-{template.Id}", CaptureReviewCard.Build(draft, TemplateDiff.Compare(null, template), true, culture));
        }

        var drafts = Enumerable.Range(0, 40).Select(i => Draft.Start("d" + i, "owner", new string('O', 200), CardCatalog.Now) with
        {
            Template = samples[0] with { Name = new string('N', 200) },
        }).ToList();
        yield return ("capture-drafts/some", CaptureDraftsCard.Build(drafts, culture));
        yield return ("capture-drafts/none", CaptureDraftsCard.Build([], culture));
        yield return ("capture-drafts/reviews", CaptureDraftsCard.Build(drafts, culture, review: true));
        yield return ("capture-notice/stale", CaptureNoticeCard.Build(CardText.Get("CaptureStale", culture), culture, drafts[0], attention: true));
        yield return ("capture-review-request", CaptureReviewRequestCard.Build(drafts[0] with { OwnerName = new string('O', 300) }, culture));
        yield return ("capture-notice/released", CaptureNoticeCard.Build(CardText.Get("CaptureReleased", culture, new string('N', 200), 12), culture, profile: new Uri("https://wfteams.example.org/x.docx")));
    }
}
