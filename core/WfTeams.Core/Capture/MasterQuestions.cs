using WfTeams.Core.Processes;

namespace WfTeams.Core.Capture;

/// <summary>
/// The Prozesssteckbrief's master data on five cards: the name with the short facts (code, category, owner, scope),
/// the goal, the trigger, the result, and the nine lists together (all optional, so one submit or one skip).
/// </summary>
public static class MasterQuestions
{
    public static IReadOnlyList<MasterQuestion> All { get; } =
    [
        new("name", AnswerKind.Line, false, TemplateLimits.ShortText, (t, a) => t with { Name = a }, t => t.Name, 0),
        new("code", AnswerKind.Line, true, TemplateLimits.IdLength, (t, a) => t with { Code = Empty(a) }, t => t.Code ?? "", 0),
        new("category", AnswerKind.Category, true, 20, (t, a) => t with { Category = CategoryOf(a) }, t => t.Category is { } c ? TemplateJson.JsonName(c) : "", 0),
        new("owner", AnswerKind.Line, false, TemplateLimits.ShortText, (t, a) => t with { Owner = a }, t => t.Owner, 0),
        new("scope", AnswerKind.Text, true, TemplateLimits.LongText, (t, a) => t with { Scope = Empty(a) }, t => t.Scope ?? "", 0),
        new("goal", AnswerKind.Text, false, TemplateLimits.LongText, (t, a) => t with { Goal = a }, t => t.Goal, 1),
        new("trigger", AnswerKind.Text, false, TemplateLimits.LongText, (t, a) => t with { Trigger = a }, t => t.Trigger, 2),
        new("result", AnswerKind.Text, false, TemplateLimits.LongText, (t, a) => t with { Result = a }, t => t.Result, 3),
        new("inputs", AnswerKind.List, true, ListChars, (t, a) => t with
        {
            Inputs = [.. ListAnswer.Items(a, 2).Select(p => new ProcessInput { Description = p[0], Supplier = Empty(p[1]) })],
        }, t => ListAnswer.Join(t.Inputs.Select(i => new[] { i.Description, i.Supplier })), 4),
        new("outputs", AnswerKind.List, true, ListChars, (t, a) => t with
        {
            Outputs = [.. ListAnswer.Items(a, 2).Select(p => new ProcessOutput { Description = p[0], Customer = Empty(p[1]) })],
        }, t => ListAnswer.Join(t.Outputs.Select(o => new[] { o.Description, o.Customer })), 4),
        new("participants", AnswerKind.List, true, ListChars, (t, a) => t with
        {
            Participants = [.. ListAnswer.Items(a, 2).Select(p => new Participant { Role = p[0], Task = Empty(p[1]) })],
        }, t => ListAnswer.Join(t.Participants.Select(p => new[] { p.Role, p.Task })), 4),
        new("interfaces", AnswerKind.List, true, ListChars, (t, a) => t with
        {
            Interfaces = [.. ListAnswer.Items(a, 3).Select(p => new ProcessInterface { Direction = DirectionOf(p[0]), Process = p[1], Description = Empty(p[2]) })],
        }, t => ListAnswer.Join(t.Interfaces.Select(i => new[] { i.Direction == InterfaceDirection.Upstream ? "vor" : "nach", i.Process, i.Description })), 4),
        new("itSystems", AnswerKind.List, true, ListChars, (t, a) => t with { ItSystems = ListAnswer.Lines(a) }, t => string.Join('\n', t.ItSystems), 4),
        new("legalBasis", AnswerKind.List, true, ListChars, (t, a) => t with { LegalBasis = ListAnswer.Lines(a) }, t => string.Join('\n', t.LegalBasis), 4),
        new("kpis", AnswerKind.List, true, ListChars, (t, a) => t with
        {
            Kpis = [.. ListAnswer.Items(a, 3).Select(p => new Kpi { Name = p[0], Target = p[1], Measurement = Empty(p[2]) })],
        }, t => ListAnswer.Join(t.Kpis.Select(k => new[] { k.Name, k.Target, k.Measurement })), 4),
        new("risks", AnswerKind.List, true, ListChars, (t, a) => t with
        {
            Risks = [.. ListAnswer.Items(a, 2).Select(p => new Risk { Description = p[0], Control = Empty(p[1]) })],
        }, t => ListAnswer.Join(t.Risks.Select(r => new[] { r.Description, r.Control })), 4),
        new("documents", AnswerKind.List, true, ListChars, (t, a) => t with
        {
            Documents = [.. ListAnswer.Items(a, 2).Select(p => new DocumentReference { Title = p[0], Url = Empty(p[1]) })],
        }, t => ListAnswer.Join(t.Documents.Select(d => new[] { d.Title, d.Url })), 4),
    ];

    /// <summary>A list answer: up to 100 items of up to 2,000 characters, and the card's input holds this much.</summary>
    public const int ListChars = 20_000;

    public static int IndexOf(string key) => All.ToList().FindIndex(q => q.Key == key);

    public static int Cards => All[^1].Card + 1;

    /// <summary>The questions asked together with question <paramref name="question"/>.</summary>
    public static IReadOnlyList<MasterQuestion> OnCardOf(int question) => [.. All.Where(q => q.Card == All[question].Card)];

    /// <summary>The first question of <paramref name="card"/>: where the draft stands while that card is asked.</summary>
    public static int FirstOf(int card) => All.ToList().FindIndex(q => q.Card == card);

    private static string? Empty(string text) => text.Length == 0 ? null : text;

    internal static ProcessCategory? CategoryOf(string answer) => answer.Trim().ToLowerInvariant() switch
    {
        "" => null,
        "core" or "kernprozess" or "kern" => ProcessCategory.Core,
        "management" or "führungsprozess" or "fuehrungsprozess" or "führung" => ProcessCategory.Management,
        "support" or "unterstützungsprozess" or "unterstuetzungsprozess" or "unterstützung" => ProcessCategory.Support,
        _ => throw new FormatException("CaptureBadCategory"),
    };

    internal static InterfaceDirection DirectionOf(string text) => text.Trim().ToLowerInvariant() switch
    {
        "vor" or "vorgelagert" or "upstream" or "up" or "von" => InterfaceDirection.Upstream,
        "nach" or "nachgelagert" or "downstream" or "down" or "an" => InterfaceDirection.Downstream,
        _ => throw new FormatException("CaptureBadDirection"),
    };
}
