using System.Globalization;
using WfTeams.Core.Resources;

namespace WfTeams.Core.Modelling;

/// <summary>Something of an imported BPMN file that WfTeams approximated or left out, named by its element's id and name.</summary>
public sealed record BpmnNotice(string ElementId, string? ElementName, string MessageKey, params object?[] Args)
{
    public string Message(CultureInfo? culture = null) => Messages.Format(MessageKey, culture, Args);

    /// <summary>The element as people see it: <c>Gateway_1 „Förderfähig?“</c>.</summary>
    public string Element => string.IsNullOrWhiteSpace(ElementName) ? ElementId : $"{ElementId} „{ElementName}“";

    public override string ToString() => $"{Element}: {Message()}";
}
