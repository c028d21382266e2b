using System.Globalization;
using WfTeams.Core.Resources;

namespace WfTeams.Core.Processes;

/// <summary>One thing wrong with a template, at a JSON path such as <c>$.steps[3].decision.options[1].next</c>.</summary>
public sealed record TemplateError(string Path, string MessageKey, params object?[] Args)
{
    public string Message(CultureInfo? culture = null) => Messages.Format(MessageKey, culture, Args);

    public override string ToString() => $"{Path}: {Message()}";
}

/// <summary>Invalid input: every error found, each with its path.</summary>
public sealed class InvalidTemplateException(string source, IReadOnlyList<TemplateError> errors)
    : Exception($"{source}: {errors.Count} error(s): " + string.Join("; ", errors))
{
    /// <summary>Where the template came from: a file name, "request body", an id.</summary>
    public string Origin { get; } = source;

    public IReadOnlyList<TemplateError> Errors { get; } = errors;
}
