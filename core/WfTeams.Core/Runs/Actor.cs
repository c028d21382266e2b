namespace WfTeams.Core.Runs;

/// <summary>A person acting on a case: the Teams user id (AAD object id or 29:… id) and the name to show.</summary>
public sealed record Actor(string Id, string Name)
{
    public const int MaxIdLength = 200;
    public const int MaxNameLength = 200;

    public bool IsValid => Id.Length is > 0 and <= MaxIdLength && Name.Length <= MaxNameLength && !Id.Any(char.IsControl) && !Name.Any(char.IsControl);

    public bool Is(Actor? other) => other is not null && string.Equals(Id, other.Id, StringComparison.Ordinal);
}
