using System.Xml.Linq;

namespace WfTeams.Core.Modelling;

/// <summary>A flow element of the imported process, with its flows and lane; <see cref="Parent"/> names its sub-process.</summary>
internal sealed record BpmnNode(string Id, string? Name, BpmnNodeKind Kind, XElement Element, string? Parent)
{
    public List<BpmnFlow> Out { get; } = [];

    public List<BpmnFlow> In { get; } = [];

    public string? Lane { get; set; }
}
