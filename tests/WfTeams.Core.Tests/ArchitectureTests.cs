using WfTeams.Core.Runs;
using WfTeams.Testing;

namespace WfTeams.Core.Tests;

/// <summary>
/// The core's folders depend in one direction: Processes ← Storage ← Runs ← Cards ← Chat, Documents beside
/// them on Processes, Runs and Insights, Resources a leaf. Read from the compiled assembly, so a fully qualified name
/// counts as much as a using line. And every type sits in a file of its own name.
/// </summary>
public sealed class ArchitectureTests
{
    /// <summary>What each core folder may use. A new folder must be added here, with what it may use.</summary>
    public static readonly IReadOnlyDictionary<string, string[]> CoreRules = new Dictionary<string, string[]>
    {
        ["Resources"] = [],
        ["Processes"] = ["Resources"],
        ["Storage"] = ["Processes", "Resources"],
        ["Runs"] = ["Storage", "Processes", "Resources"],
        ["Cards"] = ["Capture", "Insights", "Runs", "Storage", "Processes", "Resources"],
        ["Chat"] = ["Capture", "Cards", "Insights", "Runs", "Storage", "Processes", "Resources"],
        ["Documents"] = ["Insights", "Modelling", "Runs", "Processes", "Resources"],
        ["Publishing"] = ["Documents", "Modelling", "Storage", "Processes", "Resources"],
        ["Capture"] = ["Storage", "Processes", "Resources"],
        ["Reminders"] = ["Cards", "Runs", "Storage", "Processes", "Resources"],
        ["Privacy"] = ["Runs", "Storage", "Processes", "Resources"],
        ["Insights"] = ["Runs", "Storage", "Processes", "Resources"],
        ["Modelling"] = ["Processes", "Resources"],
    };

    private static readonly Lazy<FolderGraph> Core = new(() => FolderGraph.Of(typeof(CaseFlow).Assembly, "WfTeams.Core"));

    [Fact]
    public void CoreFolders_Dependencies_OnlyTheAllowedDirection()
    {
        Assert.Empty(Core.Value.Violations(CoreRules));
    }

    [Fact]
    public void CoreFolders_Cycles_None()
    {
        Assert.Empty(Core.Value.Cycles());
    }

    [Fact]
    public void CoreFolders_Graph_SeesTheKnownDependencies()
    {
        // Guards the reading itself: a graph that saw nothing would pass the two tests above.
        Assert.Contains("Runs", Core.Value.Edges["Chat"].Keys);
        Assert.Contains("Runs", Core.Value.Edges["Cards"].Keys);
        Assert.Contains("Processes", Core.Value.Edges["Storage"].Keys);
        Assert.Contains("Runs", Core.Value.Edges["Documents"].Keys);
    }

    [Fact]
    public void FolderGraph_WrongDirection_IsReported()
    {
        var rules = CoreRules.ToDictionary(r => r.Key, r => r.Value);
        rules["Cards"] = ["Storage", "Processes", "Resources"];
        rules.Remove("Chat");

        var violations = Core.Value.Violations(rules);

        Assert.Contains(violations, v => v.StartsWith("Cards → Runs (WfTeams.Core.Cards.", StringComparison.Ordinal));
        Assert.Contains(violations, v => v.StartsWith("Chat: a folder no rule names", StringComparison.Ordinal));
    }

    [Fact]
    public void FolderGraph_Cycle_IsReportedOnce()
    {
        var graph = FolderGraph.FromEdges(new Dictionary<string, string[]>
        {
            ["Cards"] = ["Runs"],
            ["Runs"] = ["Storage", "Cards"],
            ["Storage"] = ["Processes"],
            ["Processes"] = ["Storage"],
        });

        var cycles = graph.Cycles();

        Assert.Equal(2, cycles.Count);
        Assert.StartsWith("Cards → Runs → Cards", cycles[0], StringComparison.Ordinal);
        Assert.StartsWith("Processes → Storage → Processes", cycles[1], StringComparison.Ordinal);
    }

    [Fact]
    public void CoreSources_EveryType_InAFileOfItsName()
    {
        var core = Path.Combine(Azurite.RepositoryRoot(), "core", "WfTeams.Core");

        Assert.Empty(SourceFiles.TypesOutsideTheirFile(core));
    }

    [Fact]
    public void SourceFiles_TopLevelTypes_FindsEverySecondTypeButNotNestedOnes()
    {
        const string source = """
            namespace WfTeams.Core.Runs;

            /// <summary>First.</summary>
            public sealed record CaseOutcome
            {
                public sealed record Nested(int A);
            }

            public sealed partial record class CaseApplied(int B) : CaseOutcome;

            internal static class Helper;

            public enum RefusalCode { None }

            public delegate void Changed(int version);
            """;

        Assert.Equal(["CaseOutcome", "CaseApplied", "Helper", "RefusalCode", "Changed"], SourceFiles.TopLevelTypes(source));
    }
}
