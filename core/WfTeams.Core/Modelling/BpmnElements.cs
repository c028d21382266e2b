using System.Xml.Linq;

namespace WfTeams.Core.Modelling;

/// <summary>What the import reads off a BPMN element: id, name, documentation, a flow's condition, a task's performer, an event's type.</summary>
internal static class BpmnElements
{
    private static readonly XNamespace Bpmn = BpmnNames.Bpmn;

    public static string IdOf(XElement element) => (string?)element.Attribute("id") ?? element.Name.LocalName;

    public static string? NameOf(XElement element) =>
        ((string?)element.Attribute("name"))?.Trim() is { Length: > 0 } name ? name : null;

    public static string? Documentation(XElement element)
    {
        var texts = element.Elements(Bpmn + "documentation").Select(d => d.Value.Trim()).Where(t => t.Length > 0).ToList();
        return texts.Count == 0 ? null : string.Join("\n\n", texts);
    }

    public static string? Condition(XElement flow) =>
        flow.Element(Bpmn + "conditionExpression")?.Value.Trim() is { Length: > 0 } condition ? condition : null;

    /// <summary>A performer written into the task (BPMN resource roles, Camunda's assignee or candidate groups).</summary>
    public static string? Performer(XElement task)
    {
        foreach (var role in task.Elements().Where(e => e.Name.LocalName is "performer" or "humanPerformer" or "potentialOwner"))
        {
            if (role.Descendants().FirstOrDefault(e => e.Name.LocalName == "formalExpression")?.Value.Trim() is { Length: > 0 } expression)
            {
                return expression;
            }

            if (NameOf(role) is { } named)
            {
                return named;
            }
        }

        return task.Attributes().FirstOrDefault(a => a.Name.LocalName is "candidateGroups" or "assignee")?.Value is { Length: > 0 } value ? value : null;
    }

    /// <summary>"timer" for an event with a timerEventDefinition; empty for a plain one.</summary>
    public static string EventType(XElement element) =>
        element.Elements().FirstOrDefault(e => e.Name.LocalName.EndsWith("EventDefinition", StringComparison.Ordinal)) is { } definition
            ? definition.Name.LocalName[..^"EventDefinition".Length]
            : "";
}
