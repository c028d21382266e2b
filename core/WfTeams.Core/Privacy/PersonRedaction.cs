using System.Collections.Immutable;
using WfTeams.Core.Runs;

namespace WfTeams.Core.Privacy;

/// <summary>
/// Takes a person out of a case and its events: every <see cref="Actor"/> with their object id gets the name
/// <see cref="DeletedPerson"/> (the id stays, so the audit trail still tells one actor from another), and
/// their names are replaced wherever they were typed (captured values, reasons, subject). Pure: no I/O.
/// </summary>
internal static class PersonRedaction
{
    /// <summary>Names shorter than this are not searched for in typed text: "Al" would hit every "Allee".</summary>
    private const int MinSearchedName = 3;

    public static string DeletedPerson => Resources.Messages.Format("DeletedPerson", Resources.Messages.Culture("de"));

    public static IEnumerable<string> NamesOf(CaseState state, string objectId) =>
        Actors(state).Where(a => a.Id == objectId).Select(a => a.Name);

    public static IEnumerable<string> NamesOf(CaseEvent recorded, string objectId) =>
        new[] { recorded.Actor, recorded.Assignee }.OfType<Actor>().Where(a => a.Id == objectId).Select(a => a.Name);

    public static CaseState Redact(CaseState state, string objectId, IReadOnlyCollection<string> names) => state with
    {
        Subject = Text(state.Subject, names),
        StartedBy = Person(state.StartedBy, objectId, names),
        ClosedBy = state.ClosedBy is null ? null : Person(state.ClosedBy, objectId, names),
        CloseReason = state.CloseReason is null ? null : Text(state.CloseReason, names),
        Steps = state.Steps.ToImmutableDictionary(s => s.Key, s => s.Value with
        {
            CompletedBy = s.Value.CompletedBy is null ? null : Person(s.Value.CompletedBy, objectId, names),
            Assignee = s.Value.Assignee is null ? null : Person(s.Value.Assignee, objectId, names),
            SkipReason = s.Value.SkipReason is null ? null : Text(s.Value.SkipReason, names),
            Values = Values(s.Value.Values, names)!,
        }),
    };

    public static CaseEvent Redact(CaseEvent recorded, string objectId, IReadOnlyCollection<string> names) => recorded with
    {
        Actor = Person(recorded.Actor, objectId, names),
        Assignee = recorded.Assignee is null ? null : Person(recorded.Assignee, objectId, names),
        Reason = recorded.Reason is null ? null : Text(recorded.Reason, names),
        Values = Values(recorded.Values, names),
    };

    /// <summary>The names worth looking for: the real ones, not the placeholder, longest first (so "Anna Schmidt" goes before "Anna").</summary>
    public static IReadOnlyList<string> Searched(IEnumerable<string> names) => names
        .Where(n => n.Trim().Length >= MinSearchedName && n != DeletedPerson)
        .Distinct(StringComparer.OrdinalIgnoreCase)
        .OrderByDescending(n => n.Length)
        .ToList();

    private static IEnumerable<Actor> Actors(CaseState state) =>
        new[] { state.StartedBy, state.ClosedBy }
            .Concat(state.Steps.Values.SelectMany(s => new[] { s.CompletedBy, s.Assignee }))
            .OfType<Actor>();

    private static Actor Person(Actor actor, string objectId, IReadOnlyCollection<string> names) =>
        actor.Id == objectId ? actor with { Name = DeletedPerson }
        : actor with { Name = Text(actor.Name, names) };

    private static ImmutableDictionary<string, string>? Values(ImmutableDictionary<string, string>? values, IReadOnlyCollection<string> names) =>
        values?.ToImmutableDictionary(v => v.Key, v => Text(v.Value, names));

    private static string Text(string text, IReadOnlyCollection<string> names)
    {
        foreach (var name in names)
        {
            text = text.Replace(name, DeletedPerson, StringComparison.OrdinalIgnoreCase);
        }

        return text;
    }
}
