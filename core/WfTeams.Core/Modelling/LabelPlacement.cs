namespace WfTeams.Core.Modelling;

/// <summary>
/// Where the answers written on flows go: on a level stretch of their flow, above or below it, slid along it (else
/// beside an upright stretch, else a line further off), at the first place that covers no shape, no shape's caption
/// and no label placed before (flows in their order); an answer into a step preferably near its start, a flow back
/// near where it leaves. The box is as high as the
/// wrapped text (two lines, one on a flow back, whose lanes below the pool are one line apart). Only when nothing
/// is free does a label take its first place.
/// </summary>
internal static class LabelPlacement
{
    private const int MaxWidth = 160;
    private const int Step = 20;

    public static DiagramBox?[] Place(ProcessGraph graph, IReadOnlyList<DiagramBox> nodes, IReadOnlyList<IReadOnlyList<DiagramPoint>> edges, bool[] back)
    {
        var taken = new List<DiagramBox>();
        for (var i = 0; i < nodes.Count; i++)
        {
            taken.Add(Grow(nodes[i], 3));
            if (Caption(graph.Nodes[i], nodes[i]) is { } caption)
            {
                taken.Add(caption);
            }
        }

        var labels = new DiagramBox?[graph.Edges.Count];
        for (var e = 0; e < graph.Edges.Count; e++)
        {
            if (graph.Edges[e].Name is not { } name)
            {
                continue;
            }

            DiagramBox? first = null;
            foreach (var candidate in Candidates(name, edges[e], back[e]))
            {
                first ??= candidate;
                if (!taken.Any(t => Overlap(t, candidate)))
                {
                    labels[e] = candidate;
                    break;
                }
            }

            labels[e] ??= first;
            if (labels[e] is { } placed)
            {
                taken.Add(Grow(placed, 2));
            }
        }

        return labels;
    }

    /// <summary>Where a shape's own text is written below it: a decision's question, a start or end event's name.</summary>
    public static DiagramBox? Caption(FlowNode node, DiagramBox box) => node.Kind switch
    {
        FlowNodeKind.Decision when node.Name.Length > 0 =>
            new DiagramBox(box.CenterX - 70, box.Bottom + 4, 140, DiagramText.Lines(node.Name, 140, 2).Count * DiagramText.LineHeight + 2),
        FlowNodeKind.Start or FlowNodeKind.End when node.Name.Length > 0 => new DiagramBox(box.CenterX - 50, box.Bottom + 4, 100, DiagramText.LineHeight + 2),
        _ => null,
    };

    public static bool Overlap(DiagramBox a, DiagramBox b) => a.X < b.Right && b.X < a.Right && a.Y < b.Bottom && b.Y < a.Bottom;

    /// <summary>
    /// On the level stretches of the flow (the preferred one first), above then below, slid from the preferred end;
    /// then beside its upright stretches; then a line further off the level ones.
    /// </summary>
    private static IEnumerable<DiagramBox> Candidates(string name, IReadOnlyList<DiagramPoint> points, bool back)
    {
        var level = new List<(int Left, int Right, int Y)>();
        var upright = new List<(int X, int Top, int Bottom)>();
        for (var p = 1; p < points.Count; p++)
        {
            var (a, b) = (points[p - 1], points[p]);
            if (a.Y == b.Y && Math.Abs(b.X - a.X) >= 30)
            {
                level.Add((Math.Min(a.X, b.X), Math.Max(a.X, b.X), a.Y));
            }
            else if (a.X == b.X && Math.Abs(b.Y - a.Y) >= 30)
            {
                upright.Add((a.X, Math.Min(a.Y, b.Y), Math.Max(a.Y, b.Y)));
            }
        }

        // Into a step: the last stretch first. Back: the stretch below the pool, from the end where the flow leaves.
        level.Reverse();
        upright.Reverse();
        if (back)
        {
            level = [.. level.OrderByDescending(s => s.Y)];
        }

        var maxLines = back ? 1 : 2;
        for (var off = 0; off < 2; off++)
        {
            foreach (var (left, right, y) in level)
            {
                var width = Math.Min(MaxWidth, right - left - 8);
                var height = Height(name, width, maxLines);
                var positions = Slide(left + 4, right - 4 - width, back);
                var away = off * (height + 2);
                foreach (var x in positions)
                {
                    yield return new DiagramBox(x, y - height - 2 - away, width, height);
                }

                foreach (var x in positions)
                {
                    yield return new DiagramBox(x, y + 3 + away, width, height);
                }
            }

            if (off > 0)
            {
                break;
            }

            foreach (var (x, top, bottom) in upright)
            {
                var width = MaxWidth / 2;
                var height = Height(name, width, maxLines);
                foreach (var y in Slide(top + 2, bottom - 2 - height, fromEnd: true))
                {
                    yield return new DiagramBox(x + 4, y, width, height);
                    yield return new DiagramBox(x - 4 - width, y, width, height);
                }
            }
        }
    }

    private static int Height(string name, int width, int maxLines) => DiagramText.Lines(name, width, maxLines).Count * DiagramText.LineHeight + 2;

    /// <summary>Positions from <paramref name="first"/> to <paramref name="last"/> every <see cref="Step"/> px, both ends included; reversed from the end.</summary>
    private static List<int> Slide(int first, int last, bool fromEnd)
    {
        var positions = new List<int>();
        for (var at = first; at < last; at += Step)
        {
            positions.Add(at);
        }

        positions.Add(Math.Max(first, last));
        if (fromEnd)
        {
            positions.Reverse();
        }

        return positions;
    }

    private static DiagramBox Grow(DiagramBox box, int by) => new(box.X - by, box.Y - by, box.Width + 2 * by, box.Height + 2 * by);
}
