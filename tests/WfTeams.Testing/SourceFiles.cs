using System.Text.RegularExpressions;

namespace WfTeams.Testing;

/// <summary>Checks over the C# source files of a folder, read as text (no compiler needed), for house-style tests.</summary>
public static partial class SourceFiles
{
    /// <summary>
    /// The top-level public or internal types (class, record, struct, interface, enum, delegate) declared in a
    /// file whose name is not theirs, as "Runs/CaseOutcome.cs declares CaseApplied". Nested types are not
    /// top-level (they are indented) and may stay inside the type they belong to. Skips bin/ and obj/.
    /// </summary>
    public static IReadOnlyList<string> TypesOutsideTheirFile(string folder)
    {
        var found = new List<string>();
        foreach (var path in Directory.EnumerateFiles(folder, "*.cs", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var relative = Path.GetRelativePath(folder, path).Replace('\\', '/');
            if (relative.Split('/').Any(part => part is "bin" or "obj"))
            {
                continue;
            }

            var expected = Path.GetFileNameWithoutExtension(path);
            found.AddRange(TopLevelTypes(File.ReadAllText(path)).Where(name => name != expected).Select(name => $"{relative} declares {name}"));
        }

        return found;
    }

    /// <summary>The names of the top-level type declarations in C# source with a file-scoped namespace.</summary>
    public static IReadOnlyList<string> TopLevelTypes(string source) =>
        TopLevelDeclaration().Matches(source).Select(m => m.Groups["name"].Value).ToList();

    // At the start of a line (file-scoped namespaces: top-level types are not indented), with a visibility.
    [GeneratedRegex(@"^(?:public|internal)\s+(?:(?:static|sealed|abstract|partial|readonly|ref|unsafe|file)\s+)*(?:record\s+(?:class\s+|struct\s+)?|class\s+|struct\s+|interface\s+|enum\s+|delegate\s+[\w<>\[\]?,\s]+?\s+)(?<name>\w+)", RegexOptions.Multiline)]
    private static partial Regex TopLevelDeclaration();
}
