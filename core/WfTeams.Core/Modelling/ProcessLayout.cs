namespace WfTeams.Core.Modelling;

/// <summary>
/// A left-to-right layered layout (Sugiyama style, kept small): flows that lead back are found by a depth-first
/// walk from the start and drawn around the bottom of the pool; every other node sits in the column of its
/// longest path from the start; flows across several columns get placeholder nodes so they run between shapes;
/// within a column and lane the nodes are ordered by the barycentre of their neighbours (a few sweeps each way).
/// Lanes are horizontal bands, one per responsible role. Deterministic: the same graph gives the same pixels.
/// </summary>
public static class ProcessLayout
{
    public const int PoolX = 20;
    public const int PoolY = 20;
    public const int HeaderWidth = 30;
    public const int ColumnWidth = 180;
    public const int RowHeight = 110;
    private const int ContentLeft = PoolX + 2 * HeaderWidth + 10;
    /// <summary>Between the flows back below the pool: a line of label text and a little air.</summary>
    private const int ChannelGap = DiagramText.LineHeight + 6;
    private const int Sweeps = 4;

    public static DiagramLayout Compute(ProcessGraph graph)
    {
        var nodeCount = graph.Nodes.Count;
        var outgoing = Enumerable.Range(0, nodeCount).Select(_ => new List<int>()).ToArray();
        for (var e = 0; e < graph.Edges.Count; e++)
        {
            outgoing[graph.Edges[e].Source].Add(e);
        }

        var (back, preorder, postorder) = Walk(graph, outgoing);

        // Longest path from the start over the forward flows, in topological order (reverse postorder).
        var layer = new int[nodeCount];
        for (var k = postorder.Count - 1; k >= 0; k--)
        {
            var u = postorder[k];
            foreach (var e in outgoing[u])
            {
                if (!back[e])
                {
                    var v = graph.Edges[e].Target;
                    layer[v] = Math.Max(layer[v], layer[u] + 1);
                }
            }
        }

        // Items: the nodes, then placeholders for flows spanning columns.
        var itemLayer = new List<int>(layer);
        var itemLane = graph.Nodes.Select(n => n.Lane).ToList();
        var itemOrder = new List<double>(new double[nodeCount]);
        for (var k = 0; k < preorder.Count; k++)
        {
            itemOrder[preorder[k]] = k;
        }

        var chains = new List<int>[graph.Edges.Count];
        var previous = new List<List<int>>();
        var next = new List<List<int>>();
        for (var i = 0; i < nodeCount; i++)
        {
            previous.Add([]);
            next.Add([]);
        }

        foreach (var u in preorder)
        {
            foreach (var e in outgoing[u])
            {
                var v = graph.Edges[e].Target;
                var chain = new List<int> { u };
                if (!back[e])
                {
                    for (var l = layer[u] + 1; l < layer[v]; l++)
                    {
                        chain.Add(itemLayer.Count);
                        itemLayer.Add(l);
                        itemLane.Add(graph.Nodes[u].Lane);
                        itemOrder.Add(itemOrder[u] + 0.5);
                        previous.Add([]);
                        next.Add([]);
                    }
                }

                chain.Add(v);
                chains[e] = chain;
                if (!back[e])
                {
                    for (var c = 1; c < chain.Count; c++)
                    {
                        next[chain[c - 1]].Add(chain[c]);
                        previous[chain[c]].Add(chain[c - 1]);
                    }
                }
            }
        }

        var layers = itemLayer.Count == 0 ? 1 : itemLayer.Max() + 1;
        var laneCount = Math.Max(1, graph.Lanes.Count);
        var groups = new List<int>[layers, laneCount];
        for (var l = 0; l < layers; l++)
        {
            for (var lane = 0; lane < laneCount; lane++)
            {
                groups[l, lane] = [];
            }
        }

        foreach (var item in Enumerable.Range(0, itemLayer.Count).OrderBy(i => itemOrder[i]).ThenBy(i => i))
        {
            groups[itemLayer[item], itemLane[item]].Add(item);
        }

        var row = new int[itemLayer.Count];
        Order(groups, row, itemLane, previous, next, layers, laneCount);

        var rows = new int[laneCount];
        for (var lane = 0; lane < laneCount; lane++)
        {
            rows[lane] = 1;
            for (var l = 0; l < layers; l++)
            {
                rows[lane] = Math.Max(rows[lane], groups[l, lane].Count);
            }
        }

        var backCount = back.Count(b => b);
        var laneTop = new int[laneCount];
        var lanes = new DiagramBox[laneCount];
        var poolWidth = ContentLeft - PoolX + layers * ColumnWidth + 10;
        var top = PoolY;
        for (var lane = 0; lane < laneCount; lane++)
        {
            laneTop[lane] = top;
            var height = rows[lane] * RowHeight + (lane == laneCount - 1 && backCount > 0 ? backCount * ChannelGap + 10 : 0);
            lanes[lane] = new DiagramBox(PoolX + HeaderWidth, top, poolWidth - HeaderWidth, height);
            top += height;
        }

        var pool = new DiagramBox(PoolX, PoolY, poolWidth, top - PoolY);
        int CenterX(int item) => ContentLeft + itemLayer[item] * ColumnWidth + ColumnWidth / 2;
        int CenterY(int item) => laneTop[itemLane[item]] + row[item] * RowHeight + RowHeight / 2;

        var boxes = new DiagramBox[nodeCount];
        for (var i = 0; i < nodeCount; i++)
        {
            var (w, h) = Size(graph.Nodes[i].Kind);
            boxes[i] = new DiagramBox(CenterX(i) - w / 2, CenterY(i) - h / 2, w, h);
        }

        var edges = new IReadOnlyList<DiagramPoint>[graph.Edges.Count];
        var channel = lanes[laneCount - 1].Bottom - 10 - backCount * ChannelGap;
        var backIndex = 0;
        for (var e = 0; e < graph.Edges.Count; e++)
        {
            var edge = graph.Edges[e];
            var source = boxes[edge.Source];
            var target = boxes[edge.Target];
            var points = new List<DiagramPoint> { new(source.Right, source.CenterY) };
            if (back[e])
            {
                var y = channel + ++backIndex * ChannelGap;
                var after = CenterX(edge.Source) + ColumnWidth / 2;
                var before = CenterX(edge.Target) - ColumnWidth / 2 + 6;
                points.Add(new DiagramPoint(after, source.CenterY));
                points.Add(new DiagramPoint(after, y));
                points.Add(new DiagramPoint(before, y));
                points.Add(new DiagramPoint(before, target.CenterY));
                points.Add(new DiagramPoint(target.X, target.CenterY));
            }
            else
            {
                var chain = chains[e];
                var current = points[0];
                for (var c = 1; c < chain.Count; c++)
                {
                    var item = chain[c];
                    var y = c == chain.Count - 1 ? target.CenterY : CenterY(item);
                    // Answers fan out right at their gateway, so each runs level to its step and has room for its label.
                    var x = c == 1 && graph.Nodes[edge.Source].Kind == FlowNodeKind.Decision
                        ? source.Right + 15
                        : CenterX(item) - ColumnWidth / 2;
                    if (y != current.Y)
                    {
                        points.Add(new DiagramPoint(x, current.Y));
                        points.Add(new DiagramPoint(x, y));
                        current = new DiagramPoint(x, y);
                    }
                }

                points.Add(new DiagramPoint(target.X, target.CenterY));
            }

            edges[e] = points;
        }

        var labels = LabelPlacement.Place(graph, boxes, edges, back);
        return new DiagramLayout(graph, boxes, edges, labels, lanes, pool, pool.Right + PoolX, pool.Bottom + PoolY);
    }

    /// <summary>The shapes' sizes, as bpmn.io draws them.</summary>
    public static (int Width, int Height) Size(FlowNodeKind kind) => kind switch
    {
        FlowNodeKind.Task => (100, 80),
        FlowNodeKind.Decision or FlowNodeKind.Join => (50, 50),
        _ => (36, 36),
    };

    /// <summary>Depth-first from the start (then from anything not reached), flows in their order: which flows lead back.</summary>
    private static (bool[] Back, List<int> Preorder, List<int> Postorder) Walk(ProcessGraph graph, List<int>[] outgoing)
    {
        var nodeCount = graph.Nodes.Count;
        var back = new bool[graph.Edges.Count];
        var state = new byte[nodeCount];
        var preorder = new List<int>(nodeCount);
        var postorder = new List<int>(nodeCount);
        var stack = new Stack<(int Node, int Next)>();
        for (var root = 0; root < nodeCount; root++)
        {
            if (state[root] != 0)
            {
                continue;
            }

            state[root] = 1;
            preorder.Add(root);
            stack.Push((root, 0));
            while (stack.TryPop(out var frame))
            {
                if (frame.Next == outgoing[frame.Node].Count)
                {
                    state[frame.Node] = 2;
                    postorder.Add(frame.Node);
                    continue;
                }

                stack.Push((frame.Node, frame.Next + 1));
                var e = outgoing[frame.Node][frame.Next];
                var target = graph.Edges[e].Target;
                if (state[target] == 1)
                {
                    back[e] = true;
                }
                else if (state[target] == 0)
                {
                    state[target] = 1;
                    preorder.Add(target);
                    stack.Push((target, 0));
                }
            }
        }

        return (back, preorder, postorder);
    }

    /// <summary>Barycentric ordering within each column and lane, alternating downstream and upstream sweeps.</summary>
    private static void Order(List<int>[,] groups, int[] row, List<int> itemLane, List<List<int>> previous, List<List<int>> next, int layers, int laneCount)
    {
        void Number(int l)
        {
            for (var lane = 0; lane < laneCount; lane++)
            {
                var group = groups[l, lane];
                for (var r = 0; r < group.Count; r++)
                {
                    row[group[r]] = r;
                }
            }
        }

        for (var l = 0; l < layers; l++)
        {
            Number(l);
        }

        double Position(int item) => itemLane[item] * 100_000.0 + row[item];
        for (var sweep = 0; sweep < Sweeps; sweep++)
        {
            var downstream = sweep % 2 == 0;
            for (var k = 1; k < layers; k++)
            {
                var l = downstream ? k : layers - 1 - k;
                for (var lane = 0; lane < laneCount; lane++)
                {
                    var group = groups[l, lane];
                    if (group.Count < 2)
                    {
                        continue;
                    }

                    var keys = group.ToDictionary(item => item, item =>
                    {
                        var neighbours = downstream ? previous[item] : next[item];
                        var own = Position(item);
                        return neighbours.Count == 0 ? own : neighbours.Average(Position);
                    });
                    var sorted = group.Select((item, index) => (item, index)).OrderBy(p => keys[p.item]).ThenBy(p => p.index).Select(p => p.item).ToList();
                    groups[l, lane] = sorted;
                }

                Number(l);
            }
        }
    }
}
