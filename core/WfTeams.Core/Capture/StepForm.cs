using WfTeams.Core.Processes;

namespace WfTeams.Core.Capture;

/// <summary>
/// Everything of one step as typed on the step card, submitted at once: texts, and the lists one item a line
/// (checklist and fields with a trailing "*" for required; fields "Label | Typ | Option; Option";
/// answers "Antwort -> Schritt" or "-> Ende").
/// </summary>
public sealed record StepForm
{
    public string Title { get; init; } = "";
    public string Responsible { get; init; } = "";
    public string Description { get; init; } = "";
    public string Duration { get; init; } = "";
    public string Contributors { get; init; } = "";
    public string Input { get; init; } = "";
    public string Result { get; init; } = "";
    public string Tools { get; init; } = "";
    public string Deadline { get; init; } = "";
    public string Checklist { get; init; } = "";
    public string Fields { get; init; } = "";
    public string Question { get; init; } = "";
    public string Answers { get; init; } = "";

    /// <summary>The card's input ids, in the card's order: errors name them as their path.</summary>
    public static IReadOnlyList<string> Inputs { get; } =
        ["title", "responsible", "description", "duration", "checklist", "fields", "question", "answers", "contributors", "input", "result", "tools", "deadline"];

    public bool IsBlank => Inputs.All(input => Get(input).Trim().Length == 0);

    public string Get(string input) => input switch
    {
        "title" => Title,
        "responsible" => Responsible,
        "description" => Description,
        "duration" => Duration,
        "contributors" => Contributors,
        "input" => Input,
        "result" => Result,
        "tools" => Tools,
        "deadline" => Deadline,
        "checklist" => Checklist,
        "fields" => Fields,
        "question" => Question,
        "answers" => Answers,
        _ => "",
    };

    public static StepForm From(IReadOnlyDictionary<string, string> values)
    {
        string V(string key) => values.TryGetValue(key, out var value) ? value : "";
        return new StepForm
        {
            Title = V("title"), Responsible = V("responsible"), Description = V("description"), Duration = V("duration"),
            Contributors = V("contributors"), Input = V("input"), Result = V("result"), Tools = V("tools"), Deadline = V("deadline"),
            Checklist = V("checklist"), Fields = V("fields"), Question = V("question"), Answers = V("answers"),
        };
    }

    /// <summary>A stored step as the card shows it for editing; <see cref="StepBuilder"/> reads it back to the same step.</summary>
    public static StepForm Of(ProcessStep step, ProcessTemplate template) => new()
    {
        Title = step.Title,
        Responsible = step.Responsible,
        Description = step.Description ?? "",
        Duration = step.Duration ?? "",
        Contributors = string.Join('\n', step.Contributors),
        Input = step.Input ?? "",
        Result = step.Result ?? "",
        Tools = string.Join('\n', step.Tools),
        Deadline = step.Deadline ?? "",
        Checklist = string.Join('\n', step.Checklist.Select(c => c.Text + (c.Required ? " *" : ""))),
        Fields = string.Join('\n', step.Fields.Select(f =>
            string.Join(" | ", new[] { f.Label, FieldTypes.Word(f.Type), string.Join("; ", f.Options) }.Where(p => p.Length > 0)) + (f.Required ? " *" : ""))),
        Question = step.Decision?.Question ?? "",
        Answers = step.Decision is { } decision
            ? string.Join('\n', decision.Options.Select(o => o.Label + " -> " + (o.End ? "Ende" : template.Steps.FirstOrDefault(s => s.Id == o.Next)?.Title ?? o.Next)))
            : "",
    };
}
