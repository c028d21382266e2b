namespace WfTeams.Core.Processes;

/// <summary>Invalid input: every error found, each with its path.</summary>
public sealed class InvalidTemplateException(string source, IReadOnlyList<TemplateError> errors)
    : Exception($"{source}: {errors.Count} error(s): " + string.Join("; ", errors))
{
    /// <summary>Where the template came from: a file name, "request body", an id.</summary>
    public string Origin { get; } = source;

    public IReadOnlyList<TemplateError> Errors { get; } = errors;
}
