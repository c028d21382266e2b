using WfTeams.Core.Modelling;

namespace WfTeams.Core.Tests.Modelling;

/// <summary>The answers on the flows are readable: no label over a shape, a shape's caption or another label.</summary>
public sealed class LabelPlacementTests
{
    [Theory]
    [InlineData("ansiedlung")]
    [InlineData("bestandskundenbetreuung")]
    public async Task Layout_Sample_LabelsCoverNoShapeNoCaptionAndNoOtherLabel(string name)
    {
        var graph = ProcessGraph.From(await ModellingSamples.LoadAsync(name));

        var layout = ProcessLayout.Compute(graph);

        var labels = Enumerable.Range(0, graph.Edges.Count).Where(e => layout.EdgeLabels[e] is not null).Select(e => (Edge: graph.Edges[e], Box: layout.EdgeLabels[e]!.Value)).ToList();
        Assert.Equal(graph.Edges.Count(e => e.Name is not null), labels.Count);
        Assert.True(labels.Count >= 4, $"{labels.Count} labels: the samples have answers and flows back");
        var problems = new List<string>();
        foreach (var (edge, box) in labels)
        {
            for (var n = 0; n < graph.Nodes.Count; n++)
            {
                if (LabelPlacement.Overlap(box, layout.Nodes[n]))
                {
                    problems.Add($"\"{edge.Name}\" {box} covers {graph.Nodes[n].Name} {layout.Nodes[n]}");
                }

                if (LabelPlacement.Caption(graph.Nodes[n], layout.Nodes[n]) is { } caption && LabelPlacement.Overlap(box, caption))
                {
                    problems.Add($"\"{edge.Name}\" {box} covers the caption of {graph.Nodes[n].Name} {caption}");
                }
            }

            foreach (var (other, otherBox) in labels.Where(l => l.Box != box))
            {
                if (LabelPlacement.Overlap(box, otherBox))
                {
                    problems.Add($"\"{edge.Name}\" {box} covers \"{other.Name}\" {otherBox}");
                }
            }

            // The box holds the text the SVG writes into it.
            var lines = DiagramText.Lines(edge.Name!, box.Width, Math.Max(1, box.Height / DiagramText.LineHeight));
            Assert.True(lines.Count * DiagramText.LineHeight <= box.Height, $"\"{edge.Name}\": {lines.Count} lines in {box}");
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public void Overlap_TouchingBoxes_DoNotOverlap()
    {
        var a = new DiagramBox(0, 0, 10, 10);

        Assert.False(LabelPlacement.Overlap(a, new DiagramBox(10, 0, 5, 5)));
        Assert.True(LabelPlacement.Overlap(a, new DiagramBox(9, 9, 5, 5)));
    }
}
