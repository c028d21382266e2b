using System.Globalization;
using WfTeams.Core.Resources;

namespace WfTeams.Core.Processes;

/// <summary>One thing wrong with a template, at a JSON path such as <c>$.steps[3].decision.options[1].next</c>.</summary>
public sealed record TemplateError(string Path, string MessageKey, params object?[] Args)
{
    public string Message(CultureInfo? culture = null) => Messages.Format(MessageKey, culture, Args);

    public override string ToString() => $"{Path}: {Message()}";
}
