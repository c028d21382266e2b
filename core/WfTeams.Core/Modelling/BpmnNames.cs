using System.Xml.Linq;

namespace WfTeams.Core.Modelling;

/// <summary>The XML namespaces of BPMN 2.0 (OMG), its diagram interchange, and ours for what BPMN has no place for.</summary>
public static class BpmnNames
{
    public const string Model = "http://www.omg.org/spec/BPMN/20100524/MODEL";
    public const string Di = "http://www.omg.org/spec/BPMN/20100524/DI";
    public const string Dc = "http://www.omg.org/spec/DD/20100524/DC";
    public const string DiCommon = "http://www.omg.org/spec/DD/20100524/DI";
    public const string Xsi = "http://www.w3.org/2001/XMLSchema-instance";

    /// <summary>Our extension: the template's and each step's own fields (JSON of the template format), each answer's id.</summary>
    public const string WfTeams = "urn:wfteams:bpmn:1";

    public const string ContentType = "application/xml";

    public static readonly XNamespace Bpmn = Model;
    public static readonly XNamespace Wf = WfTeams;
}
