using System.Collections.Immutable;

namespace WfTeams.Core.Runs;

/// <summary>Keep what was entered so far without completing (a long step shown on several card pages).</summary>
public sealed record SaveStep : CaseCommand
{
    public ImmutableDictionary<string, bool> Ticks { get; init; } = ImmutableDictionary<string, bool>.Empty;
    public ImmutableDictionary<string, string> Values { get; init; } = ImmutableDictionary<string, string>.Empty;
}
