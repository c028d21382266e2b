using System.Globalization;
using System.Text;
using System.Xml;
using WfTeams.Core.Processes;

namespace WfTeams.Core.Modelling;

/// <summary>
/// The process diagram as SVG, drawn from the same layout as the BPMN file: the pool with a band per role, rounded
/// boxes for steps, diamonds for decisions and merges, circles for start and end, arrows with the answers written on
/// them. Self-contained (no scripts, no external references, system fonts), so it can be shown anywhere.
/// </summary>
public static class DiagramSvg
{
    public const string ContentType = "image/svg+xml";

    private const string Ink = "#1f2937";
    private const string Font = "Segoe UI, Arial, Helvetica, sans-serif";

    private static readonly XmlWriterSettings Settings = new()
    {
        Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
        Indent = false,
        OmitXmlDeclaration = true,
    };

    public static byte[] Write(ProcessTemplate template, CultureInfo? culture = null) =>
        Write(ProcessLayout.Compute(ProcessGraph.From(template, culture)), template.Name);

    public static byte[] Write(DiagramLayout layout, string title)
    {
        var graph = layout.Graph;
        using var stream = new MemoryStream();
        using (var svg = XmlWriter.Create(stream, Settings))
        {
            svg.WriteStartElement("svg", "http://www.w3.org/2000/svg");
            svg.WriteAttributeString("width", N(layout.Width));
            svg.WriteAttributeString("height", N(layout.Height));
            svg.WriteAttributeString("viewBox", $"0 0 {N(layout.Width)} {N(layout.Height)}");
            svg.WriteAttributeString("role", "img");
            svg.WriteAttributeString("font-family", Font);
            svg.WriteAttributeString("font-size", "12");
            svg.WriteElementString("title", BpmnText.Clean(title));
            svg.WriteStartElement("defs");
            svg.WriteStartElement("marker");
            svg.WriteAttributeString("id", "arrow");
            svg.WriteAttributeString("viewBox", "0 0 10 10");
            svg.WriteAttributeString("refX", "10");
            svg.WriteAttributeString("refY", "5");
            svg.WriteAttributeString("markerWidth", "7");
            svg.WriteAttributeString("markerHeight", "7");
            svg.WriteAttributeString("orient", "auto");
            Element(svg, "path", ("d", "M0,0L10,5L0,10z"), ("fill", Ink));
            svg.WriteEndElement();
            svg.WriteEndElement();

            Rect(svg, layout.Pool, "#ffffff", 0);
            for (var lane = 0; lane < layout.Lanes.Count && lane < graph.Lanes.Count; lane++)
            {
                var box = layout.Lanes[lane];
                Rect(svg, box, lane % 2 == 0 ? "#f8fafc" : "#ffffff", 0);
                Rect(svg, new DiagramBox(box.X, box.Y, ProcessLayout.HeaderWidth, box.Height), "#e2e8f0", 0);
                VerticalText(svg, graph.Lanes[lane], box.X + ProcessLayout.HeaderWidth / 2, box.CenterY, box.Height - 8);
            }

            Rect(svg, new DiagramBox(layout.Pool.X, layout.Pool.Y, ProcessLayout.HeaderWidth, layout.Pool.Height), "#cbd5e1", 0);
            VerticalText(svg, title, layout.Pool.X + ProcessLayout.HeaderWidth / 2, layout.Pool.CenterY, layout.Pool.Height - 8);

            for (var e = 0; e < graph.Edges.Count; e++)
            {
                var points = string.Join(' ', layout.Edges[e].Select(p => $"{N(p.X)},{N(p.Y)}"));
                Element(svg, "polyline", ("points", points), ("fill", "none"), ("stroke", Ink), ("stroke-width", "1.5"), ("marker-end", "url(#arrow)"));
                if (graph.Edges[e].Name is { } name && layout.EdgeLabels[e] is { } label)
                {
                    Lines(svg, name, label.X, label.Y + 11, label.Width, Math.Max(1, label.Height / DiagramText.LineHeight), "start");
                }
            }

            for (var i = 0; i < graph.Nodes.Count; i++)
            {
                Node(svg, graph.Nodes[i], layout.Nodes[i]);
            }

            svg.WriteEndElement();
        }

        return stream.ToArray();
    }

    private static void Node(XmlWriter svg, FlowNode node, DiagramBox box)
    {
        switch (node.Kind)
        {
            case FlowNodeKind.Task:
                svg.WriteStartElement("g");
                svg.WriteAttributeString("id", node.Id);
                Element(svg, "rect", ("x", N(box.X)), ("y", N(box.Y)), ("width", N(box.Width)), ("height", N(box.Height)), ("rx", "10"),
                    ("fill", "#ffffff"), ("stroke", Ink), ("stroke-width", "1.5"));
                Lines(svg, node.Name, box.CenterX, box.CenterY - 14, box.Width - 8, 4, "middle");
                svg.WriteEndElement();
                break;
            case FlowNodeKind.Decision or FlowNodeKind.Join:
                var (x, y, h) = (box.CenterX, box.CenterY, box.Width / 2);
                Element(svg, "path", ("d", $"M{N(x)},{N(y - h)}L{N(x + h)},{N(y)}L{N(x)},{N(y + h)}L{N(x - h)},{N(y)}z"),
                    ("fill", "#fff7ed"), ("stroke", Ink), ("stroke-width", "1.5"));
                if (node.Kind == FlowNodeKind.Decision)
                {
                    Element(svg, "path", ("d", $"M{N(x - 8)},{N(y - 8)}L{N(x + 8)},{N(y + 8)}M{N(x + 8)},{N(y - 8)}L{N(x - 8)},{N(y + 8)}"), ("stroke", Ink), ("stroke-width", "3"));
                    Caption(svg, node, box, 2);
                }

                break;
            default:
                var end = node.Kind == FlowNodeKind.End;
                Element(svg, "circle", ("cx", N(box.CenterX)), ("cy", N(box.CenterY)), ("r", N(box.Width / 2)),
                    ("fill", end ? "#fee2e2" : "#dcfce7"), ("stroke", Ink), ("stroke-width", end ? "4" : "1.5"));
                Caption(svg, node, box, 1);
                break;
        }
    }

    /// <summary>A shape's name below it, in the box the layout keeps free for it.</summary>
    private static void Caption(XmlWriter svg, FlowNode node, DiagramBox box, int maxLines)
    {
        if (LabelPlacement.Caption(node, box) is { } caption)
        {
            Lines(svg, node.Name, caption.CenterX, caption.Y + 12, caption.Width, maxLines, "middle");
        }
    }

    /// <summary>Wrapped text (<see cref="DiagramText"/>), a line every <see cref="DiagramText.LineHeight"/> px.</summary>
    private static void Lines(XmlWriter svg, string text, int x, int y, int width, int maxLines, string anchor)
    {
        var lines = DiagramText.Lines(text, width, maxLines);
        for (var i = 0; i < lines.Count; i++)
        {
            svg.WriteStartElement("text");
            svg.WriteAttributeString("x", N(x));
            svg.WriteAttributeString("y", N(y + i * DiagramText.LineHeight));
            svg.WriteAttributeString("text-anchor", anchor);
            svg.WriteAttributeString("fill", Ink);
            svg.WriteString(lines[i]);
            svg.WriteEndElement();
        }
    }

    private static void VerticalText(XmlWriter svg, string text, int x, int y, int length)
    {
        svg.WriteStartElement("text");
        svg.WriteAttributeString("transform", $"translate({N(x + 4)},{N(y)}) rotate(-90)");
        svg.WriteAttributeString("text-anchor", "middle");
        svg.WriteAttributeString("fill", Ink);
        svg.WriteString(DiagramText.Cut(BpmnText.Clean(text), DiagramText.CharactersPerLine(length)));
        svg.WriteEndElement();
    }

    private static void Rect(XmlWriter svg, DiagramBox box, string fill, int radius) =>
        Element(svg, "rect", ("x", N(box.X)), ("y", N(box.Y)), ("width", N(box.Width)), ("height", N(box.Height)), ("rx", N(radius)),
            ("fill", fill), ("stroke", "#94a3b8"), ("stroke-width", "1"));

    private static void Element(XmlWriter svg, string name, params (string Name, string Value)[] attributes)
    {
        svg.WriteStartElement(name);
        foreach (var (attribute, value) in attributes)
        {
            svg.WriteAttributeString(attribute, value);
        }

        svg.WriteEndElement();
    }

    private static string N(int value) => value.ToString(CultureInfo.InvariantCulture);
}
