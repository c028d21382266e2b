using ArchUnitNET.Domain;
using ArchUnitNET.Loader;

namespace WfTeams.Testing;

/// <summary>
/// Which folders (namespaces one level below a root, e.g. <c>WfTeams.Core.Runs</c>) of an assembly use which,
/// read from the compiled code (signatures and method bodies, via ArchUnitNET), so a fully qualified name
/// counts as much as a using line. For architecture tests: allowed directions, no cycles.
/// </summary>
public sealed class FolderGraph
{
    private readonly Dictionary<string, SortedDictionary<string, string>> _edges;

    private FolderGraph(Dictionary<string, SortedDictionary<string, string>> edges) => _edges = edges;

    /// <summary>The folders with code, each with the folders it uses and one example dependency per pair ("A → B").</summary>
    public IReadOnlyDictionary<string, SortedDictionary<string, string>> Edges => _edges;

    public static FolderGraph Of(System.Reflection.Assembly assembly, string rootNamespace)
    {
        var architecture = new ArchLoader().LoadAssemblies(assembly).Build();
        var edges = new Dictionary<string, SortedDictionary<string, string>>(StringComparer.Ordinal);
        foreach (var type in architecture.Types)
        {
            if (Folder(type, rootNamespace) is not { } from)
            {
                continue;
            }

            var uses = edges.TryGetValue(from, out var known) ? known : edges[from] = new SortedDictionary<string, string>(StringComparer.Ordinal);
            foreach (var dependency in type.Dependencies)
            {
                if (Folder(dependency.Target, rootNamespace) is { } to && to != from)
                {
                    uses.TryAdd(to, $"{type.FullName} → {dependency.Target!.FullName}");
                }
            }
        }

        return new FolderGraph(edges);
    }

    /// <summary>A graph given by hand, folder → the folders it uses (to test the checks themselves).</summary>
    public static FolderGraph FromEdges(IReadOnlyDictionary<string, string[]> edges) =>
        new(edges.ToDictionary(
            e => e.Key,
            e => new SortedDictionary<string, string>(e.Value.ToDictionary(to => to, to => $"{e.Key} → {to}", StringComparer.Ordinal), StringComparer.Ordinal),
            StringComparer.Ordinal));

    /// <summary>
    /// Every use of a folder that <paramref name="allowed"/> does not list for the using folder, as
    /// "Runs → Cards (WfTeams.Core.Runs.X → WfTeams.Core.Cards.Y)". A folder missing from <paramref name="allowed"/> is a violation too.
    /// </summary>
    public IReadOnlyList<string> Violations(IReadOnlyDictionary<string, string[]> allowed)
    {
        var violations = new List<string>();
        foreach (var (from, uses) in _edges.OrderBy(e => e.Key, StringComparer.Ordinal))
        {
            if (!allowed.TryGetValue(from, out var may))
            {
                violations.Add($"{from}: a folder no rule names; add it to the rules with what it may use");
                continue;
            }

            violations.AddRange(uses.Where(u => !may.Contains(u.Key)).Select(u => $"{from} → {u.Key} ({u.Value})"));
        }

        return violations;
    }

    /// <summary>Each cycle between folders once, as "Cards → Runs → Cards" with an example per step.</summary>
    public IReadOnlyList<string> Cycles()
    {
        var cycles = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var start in _edges.Keys.Order(StringComparer.Ordinal))
        {
            var path = new List<string> { start };
            Walk(start, path);
        }

        return cycles;

        void Walk(string at, List<string> path)
        {
            foreach (var next in _edges.TryGetValue(at, out var uses) ? uses.Keys : Enumerable.Empty<string>())
            {
                if (next == path[0])
                {
                    // One rotation per cycle: the one starting at its smallest folder.
                    if (path.All(p => string.CompareOrdinal(p, path[0]) >= 0) && seen.Add(string.Join("→", path)))
                    {
                        cycles.Add(string.Join(" → ", path.Append(next)) + " (" + string.Join("; ", path.Zip(path.Skip(1).Append(next), (a, b) => _edges[a][b])) + ")");
                    }
                }
                else if (!path.Contains(next) && path.Count < 8)
                {
                    path.Add(next);
                    Walk(next, path);
                    path.RemoveAt(path.Count - 1);
                }
            }
        }
    }

    private static string? Folder(IType? type, string rootNamespace)
    {
        // Generic parameters and some compiler-made types have no namespace.
        if (type?.Namespace?.FullName is not { } name)
        {
            return null;
        }

        if (!name.StartsWith(rootNamespace + ".", StringComparison.Ordinal))
        {
            return name == rootNamespace && !type.Name.StartsWith('<') ? "(root)" : null;
        }

        var rest = name[(rootNamespace.Length + 1)..];
        var dot = rest.IndexOf('.', StringComparison.Ordinal);
        return dot < 0 ? rest : rest[..dot];
    }
}
