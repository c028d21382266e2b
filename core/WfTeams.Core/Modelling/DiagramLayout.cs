namespace WfTeams.Core.Modelling;

/// <summary>
/// Where everything of a <see cref="ProcessGraph"/> is drawn: a box per node (same index), the waypoints and
/// label box of each edge (same index), a box per lane, the pool around them, and the whole picture's size.
/// </summary>
public sealed record DiagramLayout(
    ProcessGraph Graph,
    IReadOnlyList<DiagramBox> Nodes,
    IReadOnlyList<IReadOnlyList<DiagramPoint>> Edges,
    IReadOnlyList<DiagramBox?> EdgeLabels,
    IReadOnlyList<DiagramBox> Lanes,
    DiagramBox Pool,
    int Width,
    int Height);
