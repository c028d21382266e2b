namespace WfTeams.Bot.Api;

/// <summary>
/// What an API route looked for does not exist. <see cref="ApiErrors"/> answers it as 404
/// problem+json in the caller's language; routes throw it rather than build the answer themselves.
/// </summary>
public sealed class NotFoundException(string messageKey, params object?[] args) : Exception(messageKey)
{
    public string MessageKey { get; } = messageKey;

    public IReadOnlyList<object?> Arguments { get; } = args;

    public static NotFoundException Template(string id, int? version) =>
        version is null ? new("TemplateNotFound", id) : new("TemplateVersionNotFound", id, version);
}
