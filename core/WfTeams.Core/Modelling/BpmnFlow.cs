using System.Xml.Linq;

namespace WfTeams.Core.Modelling;

/// <summary>A sequence flow of the imported process, by the ids of its ends.</summary>
internal sealed record BpmnFlow(string Id, string? Name, string Source, string Target, XElement Element);
