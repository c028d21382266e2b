using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Xml;
using WfTeams.Core.Processes;

namespace WfTeams.Core.Modelling;

/// <summary>
/// A template as a BPMN 2.0 process with its diagram: a pool with a lane per responsible role, a user task per step
/// (name = title, documentation = description), an exclusive gateway per decision (name = question, each answer a
/// named flow with a condition), loops as flows back, an end event per way out. What BPMN has no place for (ids,
/// checklist, capture fields, durations, the profile's fields) goes as the template format's JSON into
/// <c>wf:</c> extension elements, so <see cref="BpmnImport"/> gets the same template back.
/// </summary>
public static class BpmnExport
{
    private static readonly JsonSerializerOptions Compact = new(TemplateJson.Options) { WriteIndented = false };

    private static readonly XmlWriterSettings Settings = new()
    {
        Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
        Indent = true,
        IndentChars = "  ",
        NewLineChars = "\n",
        NewLineHandling = NewLineHandling.Replace,
    };

    public static byte[] Write(ProcessTemplate template, CultureInfo? culture = null) =>
        Write(template, ProcessLayout.Compute(ProcessGraph.From(template, culture)));

    public static byte[] Write(ProcessTemplate template, DiagramLayout layout)
    {
        var graph = layout.Graph;
        using var stream = new MemoryStream();
        using (var xml = XmlWriter.Create(stream, Settings))
        {
            var id = template.Id;
            xml.WriteStartDocument();
            xml.WriteStartElement("bpmn", "definitions", BpmnNames.Model);
            xml.WriteAttributeString("xmlns", "bpmndi", null, BpmnNames.Di);
            xml.WriteAttributeString("xmlns", "dc", null, BpmnNames.Dc);
            xml.WriteAttributeString("xmlns", "di", null, BpmnNames.DiCommon);
            xml.WriteAttributeString("xmlns", "xsi", null, BpmnNames.Xsi);
            xml.WriteAttributeString("xmlns", "wf", null, BpmnNames.WfTeams);
            xml.WriteAttributeString("id", "Definitions_" + id);
            xml.WriteAttributeString("targetNamespace", "urn:wfteams:template:" + id);
            xml.WriteAttributeString("exporter", "WfTeams");
            xml.WriteAttributeString("exporterVersion", "1");

            xml.WriteStartElement("collaboration", BpmnNames.Model);
            xml.WriteAttributeString("id", "Collaboration_" + id);
            xml.WriteStartElement("participant", BpmnNames.Model);
            xml.WriteAttributeString("id", "Participant_" + id);
            xml.WriteAttributeString("name", BpmnText.Clean(template.Name));
            xml.WriteAttributeString("processRef", "Process_" + id);
            xml.WriteEndElement();
            xml.WriteEndElement();

            xml.WriteStartElement("process", BpmnNames.Model);
            xml.WriteAttributeString("id", "Process_" + id);
            xml.WriteAttributeString("name", BpmnText.Clean(template.Name));
            xml.WriteAttributeString("isExecutable", "false");
            xml.WriteElementString("documentation", BpmnNames.Model, BpmnText.Clean(template.Goal));
            xml.WriteStartElement("extensionElements", BpmnNames.Model);
            xml.WriteElementString("template", BpmnNames.WfTeams, JsonSerializer.Serialize(template with { Steps = [] }, Compact));
            xml.WriteEndElement();
            WriteLanes(xml, template, graph);
            WriteNodes(xml, template, graph);
            WriteFlows(xml, graph);
            xml.WriteEndElement();

            WriteDiagram(xml, template, layout);
            xml.WriteEndElement();
            xml.WriteEndDocument();
        }

        stream.WriteByte((byte)'\n');
        return stream.ToArray();
    }

    private static void WriteLanes(XmlWriter xml, ProcessTemplate template, ProcessGraph graph)
    {
        xml.WriteStartElement("laneSet", BpmnNames.Model);
        xml.WriteAttributeString("id", "LaneSet_" + template.Id);
        for (var lane = 0; lane < graph.Lanes.Count; lane++)
        {
            xml.WriteStartElement("lane", BpmnNames.Model);
            xml.WriteAttributeString("id", LaneId(lane));
            xml.WriteAttributeString("name", BpmnText.Clean(graph.Lanes[lane]));
            foreach (var node in graph.Nodes.Where(n => n.Lane == lane))
            {
                xml.WriteElementString("flowNodeRef", BpmnNames.Model, node.Id);
            }

            xml.WriteEndElement();
        }

        xml.WriteEndElement();
    }

    private static void WriteNodes(XmlWriter xml, ProcessTemplate template, ProcessGraph graph)
    {
        var incoming = graph.Nodes.Select(_ => new List<string>()).ToArray();
        var outgoing = graph.Nodes.Select(_ => new List<string>()).ToArray();
        foreach (var edge in graph.Edges)
        {
            outgoing[edge.Source].Add(edge.Id);
            incoming[edge.Target].Add(edge.Id);
        }

        for (var i = 0; i < graph.Nodes.Count; i++)
        {
            var node = graph.Nodes[i];
            xml.WriteStartElement(node.Kind switch
            {
                FlowNodeKind.Start => "startEvent",
                FlowNodeKind.Task => "userTask",
                FlowNodeKind.End => "endEvent",
                _ => "exclusiveGateway",
            }, BpmnNames.Model);
            xml.WriteAttributeString("id", node.Id);
            if (node.Name.Length > 0)
            {
                xml.WriteAttributeString("name", BpmnText.Clean(node.Name));
            }

            if (node.Kind == FlowNodeKind.Task)
            {
                var step = template.Steps[node.Step];
                if (!string.IsNullOrEmpty(step.Description))
                {
                    xml.WriteElementString("documentation", BpmnNames.Model, BpmnText.Clean(step.Description));
                }

                xml.WriteStartElement("extensionElements", BpmnNames.Model);
                xml.WriteElementString("step", BpmnNames.WfTeams, JsonSerializer.Serialize(step with { Description = null, Decision = null }, Compact));
                xml.WriteEndElement();
            }

            foreach (var flow in incoming[i])
            {
                xml.WriteElementString("incoming", BpmnNames.Model, flow);
            }

            foreach (var flow in outgoing[i])
            {
                xml.WriteElementString("outgoing", BpmnNames.Model, flow);
            }

            xml.WriteEndElement();
        }
    }

    private static void WriteFlows(XmlWriter xml, ProcessGraph graph)
    {
        foreach (var edge in graph.Edges)
        {
            xml.WriteStartElement("sequenceFlow", BpmnNames.Model);
            xml.WriteAttributeString("id", edge.Id);
            if (edge.Name is not null)
            {
                xml.WriteAttributeString("name", BpmnText.Clean(edge.Name));
            }

            xml.WriteAttributeString("sourceRef", graph.Nodes[edge.Source].Id);
            xml.WriteAttributeString("targetRef", graph.Nodes[edge.Target].Id);
            if (edge.OptionId is not null)
            {
                xml.WriteAttributeString("wf", "option", BpmnNames.WfTeams, edge.OptionId);
                // A condition per answer: BPMN wants every flow out of a splitting gateway to say when it is taken.
                xml.WriteStartElement("conditionExpression", BpmnNames.Model);
                xml.WriteAttributeString("xsi", "type", BpmnNames.Xsi, "bpmn:tFormalExpression");
                xml.WriteString($"answer = \"{edge.OptionId}\"");
                xml.WriteEndElement();
            }

            xml.WriteEndElement();
        }
    }

    private static void WriteDiagram(XmlWriter xml, ProcessTemplate template, DiagramLayout layout)
    {
        var graph = layout.Graph;
        xml.WriteStartElement("bpmndi", "BPMNDiagram", BpmnNames.Di);
        xml.WriteAttributeString("id", "Diagram_" + template.Id);
        xml.WriteStartElement("bpmndi", "BPMNPlane", BpmnNames.Di);
        xml.WriteAttributeString("id", "Plane_" + template.Id);
        xml.WriteAttributeString("bpmnElement", "Collaboration_" + template.Id);

        Shape(xml, "Participant_" + template.Id, layout.Pool, horizontal: true);
        for (var lane = 0; lane < layout.Lanes.Count && lane < graph.Lanes.Count; lane++)
        {
            Shape(xml, LaneId(lane), layout.Lanes[lane], horizontal: true);
        }

        for (var i = 0; i < graph.Nodes.Count; i++)
        {
            var node = graph.Nodes[i];
            var box = layout.Nodes[i];
            var outside = node.Kind is FlowNodeKind.Start or FlowNodeKind.End or FlowNodeKind.Decision;
            Shape(xml, node.Id, box, horizontal: null, marker: node.Kind is FlowNodeKind.Decision or FlowNodeKind.Join,
                label: outside ? new DiagramBox(box.CenterX - 50, box.Bottom + 5, 100, 27) : null);
        }

        for (var e = 0; e < graph.Edges.Count; e++)
        {
            xml.WriteStartElement("bpmndi", "BPMNEdge", BpmnNames.Di);
            xml.WriteAttributeString("id", graph.Edges[e].Id + "_di");
            xml.WriteAttributeString("bpmnElement", graph.Edges[e].Id);
            foreach (var point in layout.Edges[e])
            {
                xml.WriteStartElement("di", "waypoint", BpmnNames.DiCommon);
                xml.WriteAttributeString("x", Number(point.X));
                xml.WriteAttributeString("y", Number(point.Y));
                xml.WriteEndElement();
            }

            if (layout.EdgeLabels[e] is { } label)
            {
                Label(xml, label);
            }

            xml.WriteEndElement();
        }

        xml.WriteEndElement();
        xml.WriteEndElement();
    }

    private static void Shape(XmlWriter xml, string element, DiagramBox box, bool? horizontal, bool marker = false, DiagramBox? label = null)
    {
        xml.WriteStartElement("bpmndi", "BPMNShape", BpmnNames.Di);
        xml.WriteAttributeString("id", element + "_di");
        xml.WriteAttributeString("bpmnElement", element);
        if (horizontal is not null)
        {
            xml.WriteAttributeString("isHorizontal", "true");
        }

        if (marker)
        {
            xml.WriteAttributeString("isMarkerVisible", "true");
        }

        Bounds(xml, box);
        if (label is { } l)
        {
            Label(xml, l);
        }

        xml.WriteEndElement();
    }

    private static void Label(XmlWriter xml, DiagramBox box)
    {
        xml.WriteStartElement("bpmndi", "BPMNLabel", BpmnNames.Di);
        Bounds(xml, box);
        xml.WriteEndElement();
    }

    private static void Bounds(XmlWriter xml, DiagramBox box)
    {
        xml.WriteStartElement("dc", "Bounds", BpmnNames.Dc);
        xml.WriteAttributeString("x", Number(box.X));
        xml.WriteAttributeString("y", Number(box.Y));
        xml.WriteAttributeString("width", Number(box.Width));
        xml.WriteAttributeString("height", Number(box.Height));
        xml.WriteEndElement();
    }

    private static string LaneId(int lane) => "Lane_" + (lane + 1).ToString(CultureInfo.InvariantCulture);

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
