using System.Globalization;
using WfTeams.Core.Processes;

namespace WfTeams.Core.Modelling;

/// <summary>
/// The template format's own checks on the built template (lengths, characters, ids, the step graph), each error
/// named by the BPMN element its step came from, else by <c>definitions</c>.
/// </summary>
internal static class BpmnTemplateCheck
{
    /// <param name="order">The graph key of each step, in the steps' order.</param>
    public static ProcessTemplate? Check(ProcessTemplate template, List<string> order, BpmnGraph graph, BpmnFindings findings)
    {
        var limits = TemplateJson.CheckObjects(template);
        foreach (var error in limits.Count > 0 ? limits : TemplateValidator.Validate(template))
        {
            var path = error.Path;
            var element = "definitions";
            string? name = null;
            if (path.StartsWith("$.steps[", StringComparison.Ordinal) && path.IndexOf(']', StringComparison.Ordinal) is var close and > 8
                && int.TryParse(path.AsSpan(8, close - 8), NumberStyles.None, CultureInfo.InvariantCulture, out var index) && index < order.Count)
            {
                element = graph.Nodes[order[index]].Id;
                name = graph.Nodes[order[index]].Name;
            }

            findings.Errors.Add(error with { Path = $"{BpmnFindings.Label(element, name)} {path}" });
        }

        return findings.Failed ? null : template;
    }
}
