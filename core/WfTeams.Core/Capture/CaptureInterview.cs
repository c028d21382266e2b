using WfTeams.Core.Processes;

namespace WfTeams.Core.Capture;

/// <summary>
/// The interview as a state machine over a <see cref="Draft"/>: the master-data cards in order, then
/// the steps one card each, then the preview. Every answer is checked by the template's own rules
/// (<see cref="TemplateValidator"/>) for what it touched, and the whole template once the steps are through,
/// so a finished draft is always a valid template. Pure: the caller stores what comes back.
/// </summary>
public static class CaptureInterview
{
    /// <summary>Rules that only hold for the whole template: while steps are still being added they wait for the preview.</summary>
    private static readonly HashSet<string> WholeTemplateRules = ["StepNotFound", "Unreachable", "NoWayOut", "NoSteps"];

    /// <summary>
    /// The answers to the draft's current card, by question key (a missing key is an empty answer): each checked on
    /// its own and by the template rules for its field; all stored at once, or none and every error named at its input.
    /// </summary>
    public static CaptureOutcome Answer(Draft draft, IReadOnlyDictionary<string, string> answers, DateTimeOffset now)
    {
        if (draft.InSteps)
        {
            return Refused(draft, "CaptureNoQuestion");
        }

        var questions = MasterQuestions.OnCardOf(draft.Question);
        var template = draft.Template;
        var errors = new List<TemplateError>();
        foreach (var question in questions)
        {
            var text = (answers.TryGetValue(question.Key, out var answer) ? answer : "").Replace("\r\n", "\n", StringComparison.Ordinal).Trim();
            if (text.Length == 0 && !question.Optional)
            {
                errors.Add(new TemplateError(question.Key, "CaptureRequired"));
                continue;
            }

            if (text.Length > question.MaxChars)
            {
                errors.Add(new TemplateError(question.Key, "TooLong", text.Length, question.MaxChars));
                continue;
            }

            try
            {
                template = question.Apply(template, text);
            }
            catch (FormatException ex)
            {
                errors.Add(new TemplateError(question.Key, ex.Message));
                continue;
            }

            if (question.Key == "name" && draft.BasedOnVersion is null)
            {
                template = template with { Id = Slug.From(text) };
            }
        }

        var rules = TemplateValidator.Validate(Complete(template, draft));
        foreach (var question in questions.Where(q => errors.All(e => e.Path != q.Key)))
        {
            errors.AddRange(rules
                .Where(e => e.Path == "$." + question.Key || e.Path.StartsWith("$." + question.Key + "[", StringComparison.Ordinal) || e.Path.StartsWith("$." + question.Key + ".", StringComparison.Ordinal))
                .Select(e => e with { Path = question.Key }));
        }

        return errors.Count > 0
            ? CaptureOutcome.Refused(draft, errors)
            : CaptureOutcome.Changed(draft with { Template = template, Question = NextQuestion(draft), UpdatedAt = now });
    }

    /// <summary>Leaves the current card empty: only a card of optional questions.</summary>
    public static CaptureOutcome Skip(Draft draft, DateTimeOffset now) =>
        draft.InSteps || MasterQuestions.OnCardOf(draft.Question).Any(q => !q.Optional)
            ? Refused(draft, "CaptureNotSkippable")
            : Answer(draft, new Dictionary<string, string>(), now);

    /// <summary>"zurück": the previous card (from the first step card: the last one).</summary>
    public static CaptureOutcome Back(Draft draft, DateTimeOffset now) =>
        draft.Question == 0
            ? Refused(draft, "CaptureAtFirstQuestion")
            : CaptureOutcome.Changed(draft with
            {
                Question = MasterQuestions.FirstOf(draft.InSteps ? MasterQuestions.Cards - 1 : MasterQuestions.All[draft.Question].Card - 1),
                Finished = false,
                UpdatedAt = now,
            });

    /// <summary>Adds a step (<paramref name="index"/> null) or replaces one; <paramref name="finish"/> goes on to the preview.</summary>
    public static CaptureOutcome SaveStep(Draft draft, StepForm form, int? index, bool finish, DateTimeOffset now)
    {
        if (!draft.InSteps || index is { } i && (i < 0 || i >= draft.Template.Steps.Count))
        {
            return Refused(draft, "CaptureNoQuestion");
        }

        var steps = draft.Template.Steps.ToList();
        if (form.IsBlank && index is null)
        {
            // An empty step card with "fertig": nothing to add, straight to the preview.
            return finish ? Preview(draft, now) : Refused(draft, "CaptureRequired");
        }

        if (index is null && steps.Count >= TemplateLimits.MaxSteps)
        {
            return Refused(draft, "CaptureTooManySteps");
        }

        var (step, errors) = StepBuilder.Build(form, draft.Template, index);
        if (step is null)
        {
            return CaptureOutcome.Refused(draft, errors);
        }

        var at = index ?? steps.Count;
        if (index is null)
        {
            steps.Add(step);
        }
        else
        {
            var oldId = steps[at].Id;
            steps[at] = step;
            steps = Renamed(steps, oldId, step.Id);
        }

        var template = draft.Template with { Steps = steps };
        var stepErrors = TemplateValidator.Validate(Complete(template, draft))
            .Where(e => e.Path == $"$.steps[{at}]" || e.Path.StartsWith($"$.steps[{at}].", StringComparison.Ordinal))
            .Where(e => !WholeTemplateRules.Contains(e.MessageKey))
            .ToList();
        if (stepErrors.Count > 0)
        {
            return CaptureOutcome.Refused(draft, stepErrors);
        }

        var saved = draft with { Template = template, UpdatedAt = now };
        return finish || draft.Finished ? Preview(saved, now) : CaptureOutcome.Changed(saved);
    }

    /// <summary>The preview: the draft is finished when the whole template is valid; its problems come along otherwise.</summary>
    public static CaptureOutcome Preview(Draft draft, DateTimeOffset now)
    {
        var problems = Problems(draft);
        return CaptureOutcome.Changed(draft with { Finished = true, Question = Math.Max(draft.Question, MasterQuestions.All.Count), UpdatedAt = now }, problems);
    }

    public static CaptureOutcome MoveUp(Draft draft, int index, DateTimeOffset now)
    {
        if (index <= 0 || index >= draft.Template.Steps.Count)
        {
            return Refused(draft, "CaptureNoSuchStep");
        }

        var steps = draft.Template.Steps.ToList();
        (steps[index - 1], steps[index]) = (steps[index], steps[index - 1]);
        return Preview(draft with { Template = draft.Template with { Steps = steps } }, now);
    }

    /// <summary>Deletes a step; decisions that led to it are named as problems on the preview until changed.</summary>
    public static CaptureOutcome Delete(Draft draft, int index, DateTimeOffset now)
    {
        if (index < 0 || index >= draft.Template.Steps.Count)
        {
            return Refused(draft, "CaptureNoSuchStep");
        }

        var steps = draft.Template.Steps.ToList();
        steps.RemoveAt(index);
        return Preview(draft with { Template = draft.Template with { Steps = steps } }, now);
    }

    /// <summary>Everything the template rules find in the draft as a whole; empty means it may go to review.</summary>
    public static IReadOnlyList<TemplateError> Problems(Draft draft) =>
        TemplateValidator.Validate(Complete(draft.Template, draft));

    /// <summary>The template as it would be stored: the next version of what it edits, else version 1.</summary>
    public static ProcessTemplate Complete(ProcessTemplate template, Draft draft) =>
        template with { Version = (draft.BasedOnVersion ?? 0) + 1, Status = TemplateStatus.Draft };

    private static int NextQuestion(Draft draft) =>
        draft.Finished || MasterQuestions.All[draft.Question].Card + 1 == MasterQuestions.Cards
            ? MasterQuestions.All.Count
            : MasterQuestions.FirstOf(MasterQuestions.All[draft.Question].Card + 1);

    /// <summary>A retitled step keeps the decisions and jumps that led to it.</summary>
    private static List<ProcessStep> Renamed(List<ProcessStep> steps, string oldId, string newId) =>
        oldId == newId
            ? steps
            : [.. steps.Select(s => s with
            {
                Next = s.Next == oldId ? newId : s.Next,
                Decision = s.Decision is { } d ? d with { Options = [.. d.Options.Select(o => o.Next == oldId ? o with { Next = newId } : o)] } : null,
            })];

    private static CaptureOutcome Refused(Draft draft, string key) => CaptureOutcome.Refused(draft, [new TemplateError("answer", key)]);
}
