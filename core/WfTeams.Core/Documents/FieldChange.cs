namespace WfTeams.Core.Documents;

/// <summary>
/// One change an edited profile makes to its template. <see cref="Old"/> and <see cref="New"/> are
/// the values as the template JSON holds them (<c>released</c>, <c>2026-01-01</c>, <c>P5D</c>);
/// null where there was or is none. For a list item, a summary of its values; an added item also
/// carries its JSON (<see cref="ItemJson"/>), so <see cref="ProfileChanges.ApplyTo"/> can add it elsewhere.
/// </summary>
public sealed record FieldChange(string Path, string? Old, string? New, FieldChangeKind Kind = FieldChangeKind.Edited)
{
    public string? ItemJson { get; init; }
}
