using System.Xml.Linq;
using WfTeams.Core.Processes;

namespace WfTeams.Core.Modelling;

/// <summary>What an import found on its way: errors (nothing is stored) and notices (approximated or left out), each naming its element.</summary>
internal sealed class BpmnFindings(string source)
{
    public List<TemplateError> Errors { get; } = [];

    public List<BpmnNotice> Notices { get; } = [];

    public bool Failed => Errors.Count > 0;

    /// <summary>The exception with every error found so far.</summary>
    public InvalidTemplateException Refuse() => new(source, [.. Errors]);

    public void Error(string id, string? name, string key, params object?[] args) => Errors.Add(new TemplateError(Label(id, name), key, args));

    public void Notice(BpmnNode node, string key, params object?[] args) => Notices.Add(new BpmnNotice(node.Id, node.Name, key, args));

    public void Notice(XElement element, string key, params object?[] args) =>
        Notices.Add(new BpmnNotice(BpmnElements.IdOf(element), BpmnElements.NameOf(element), key, args));

    /// <summary>An element as an error names it: <c>Gateway_1 „Förderfähig?“</c>, a long name shortened.</summary>
    public static string Label(string id, string? name) => string.IsNullOrWhiteSpace(name) ? id : $"{id} „{Shorten(name)}“";

    private static string Shorten(string text) => text.Length <= 60 ? text : text[..57] + "…";
}
