using WfTeams.Core.Processes;

namespace WfTeams.Core.Capture;

/// <summary>
/// A <see cref="StepForm"/> into a <see cref="ProcessStep"/> of <paramref name="template"/>, checked: required
/// texts, lengths, unique titles, types, a decision's answers. Every problem comes back at once, each naming
/// the card input it belongs to (its path) so the card can show it there.
/// </summary>
public static class StepBuilder
{
    public static readonly string[] EndWords = ["ende", "end", "abschluss", "prozessende"];

    /// <param name="index">The step being edited, null for a new one.</param>
    public static (ProcessStep? Step, IReadOnlyList<TemplateError> Errors) Build(StepForm form, ProcessTemplate template, int? index)
    {
        var errors = new List<TemplateError>();
        var title = Text(form.Title, "title", TemplateLimits.ShortText, required: true, errors);
        var responsible = Text(form.Responsible, "responsible", TemplateLimits.ShortText, required: true, errors);
        var description = Text(form.Description, "description", TemplateLimits.LongText, required: false, errors);
        var input = Text(form.Input, "input", TemplateLimits.MediumText, required: false, errors);
        var result = Text(form.Result, "result", TemplateLimits.MediumText, required: false, errors);
        var deadline = Text(form.Deadline, "deadline", TemplateLimits.ShortText, required: false, errors);
        var question = Text(form.Question, "question", TemplateLimits.ShortText, required: false, errors);
        var duration = DurationText.Parse(form.Duration);
        if (duration is null)
        {
            errors.Add(new TemplateError("duration", "CaptureBadDuration", Clip(form.Duration)));
        }

        var others = template.Steps.Where((_, i) => i != index).ToList();
        if (title.Length > 0 && others.Any(s => string.Equals(s.Title.Trim(), title, StringComparison.OrdinalIgnoreCase) || s.Id == Slug.From(title)))
        {
            errors.Add(new TemplateError("title", "CaptureDuplicateStep", title));
        }

        var id = index is { } i && template.Steps[i].Title == title ? template.Steps[i].Id : Slug.From(title);
        var step = new ProcessStep
        {
            Id = id,
            Title = title,
            Responsible = responsible,
            Description = Empty(description),
            Duration = Empty(duration ?? ""),
            Contributors = Lines(form.Contributors, "contributors", TemplateLimits.ShortText, TemplateLimits.ListItems, errors),
            Input = Empty(input),
            Result = Empty(result),
            Tools = Lines(form.Tools, "tools", TemplateLimits.ShortText, TemplateLimits.ListItems, errors),
            Deadline = Empty(deadline),
            Checklist = Checklist(form.Checklist, errors),
            Fields = Fields(form.Fields, errors),
            Decision = Decision(question, form.Answers, others, errors),
        };
        return errors.Count == 0 ? (step, []) : (null, errors);
    }

    private static List<ChecklistItem> Checklist(string text, List<TemplateError> errors)
    {
        var taken = new HashSet<string>(StringComparer.Ordinal);
        var items = new List<ChecklistItem>();
        foreach (var line in Lines(text, "checklist", TemplateLimits.MediumText + 2, TemplateLimits.ChecklistItems, errors))
        {
            var (words, required) = Required(line);
            items.Add(new ChecklistItem { Id = Slug.Unique(words, taken), Text = words, Required = required });
        }

        return items;
    }

    private static List<CaptureField> Fields(string text, List<TemplateError> errors)
    {
        var taken = new HashSet<string>(StringComparer.Ordinal);
        var fields = new List<CaptureField>();
        var lines = Lines(text, "fields", TemplateLimits.MediumText, TemplateLimits.CaptureFields, errors);
        for (var n = 0; n < lines.Count; n++)
        {
            var (line, required) = Required(lines[n]);
            var parts = ListAnswer.Split(line, 3);
            if (FieldTypes.Parse(parts[1]) is not { } type)
            {
                errors.Add(new TemplateError("fields", "CaptureBadFieldType", Clip(parts[1]), n + 1));
                continue;
            }

            var options = parts[2].Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            if (type == FieldType.Choice && options.Length == 0)
            {
                errors.Add(new TemplateError("fields", "CaptureChoiceNeedsOptions", Clip(parts[0]), n + 1));
            }
            else if (parts[0].Length is 0 or > TemplateLimits.ShortText)
            {
                errors.Add(new TemplateError("fields", "CaptureBadLine", n + 1));
            }
            else
            {
                fields.Add(new CaptureField { Id = Slug.Unique(parts[0], taken), Label = parts[0], Type = type, Required = required, Options = type == FieldType.Choice ? options : [] });
            }
        }

        return fields;
    }

    private static Decision? Decision(string question, string answers, List<ProcessStep> others, List<TemplateError> errors)
    {
        var lines = Lines(answers, "answers", TemplateLimits.ShortText * 2, TemplateLimits.DecisionOptions, errors);
        if (question.Length == 0 && lines.Count == 0)
        {
            return null;
        }

        if (question.Length == 0)
        {
            errors.Add(new TemplateError("question", "CaptureRequired"));
        }

        if (lines.Count < 2)
        {
            errors.Add(new TemplateError("answers", "CaptureDecisionTooFew"));
        }

        var taken = new HashSet<string>(StringComparer.Ordinal);
        var options = new List<DecisionOption>();
        for (var n = 0; n < lines.Count; n++)
        {
            var arrow = lines[n].Replace("→", "->", StringComparison.Ordinal).Split("->", 2, StringSplitOptions.TrimEntries);
            if (arrow.Length != 2 || arrow[0].Length == 0 || arrow[1].Length == 0)
            {
                errors.Add(new TemplateError("answers", "CaptureBadAnswerLine", n + 1));
                continue;
            }

            var end = EndWords.Contains(arrow[1].ToLowerInvariant());
            // A target not captured yet is kept by the id its title will get; finishing checks it exists.
            var next = end ? null : others.FirstOrDefault(s => string.Equals(s.Title, arrow[1], StringComparison.OrdinalIgnoreCase) || s.Id == arrow[1])?.Id ?? Slug.From(arrow[1]);
            options.Add(new DecisionOption { Id = Slug.Unique(arrow[0], taken), Label = arrow[0], Next = next, End = end });
        }

        return new Decision { Question = question, Options = options };
    }

    private static (string Text, bool Required) Required(string line) =>
        line.EndsWith('*') ? (line.TrimEnd('*').TrimEnd(), true) : (line, false);

    private static List<string> Lines(string text, string path, int maxChars, int maxItems, List<TemplateError> errors)
    {
        var lines = ListAnswer.Lines(text).ToList();
        if (lines.Count > maxItems)
        {
            errors.Add(new TemplateError(path, "CaptureTooManyLines", lines.Count, maxItems));
        }

        if (lines.FirstOrDefault(l => l.Length > maxChars) is { } longest)
        {
            errors.Add(new TemplateError(path, "TooLong", longest.Length, maxChars));
        }

        return lines;
    }

    internal static string Text(string text, string path, int maxChars, bool required, List<TemplateError> errors)
    {
        var trimmed = text.Trim();
        if (required && trimmed.Length == 0)
        {
            errors.Add(new TemplateError(path, "CaptureRequired"));
        }
        else if (trimmed.Length > maxChars)
        {
            errors.Add(new TemplateError(path, "TooLong", trimmed.Length, maxChars));
        }

        return trimmed;
    }

    private static string? Empty(string text) => text.Length == 0 ? null : text;

    private static string Clip(string text) => text.Length <= 40 ? text : text[..40] + "…";
}
