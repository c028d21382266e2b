namespace WfTeams.Core.Runs;

/// <summary>Start a case from the released version of a template.</summary>
public sealed record StartCase
{
    public required string Tenant { get; init; }
    public required Actor Actor { get; init; }
    public required string ActivityId { get; init; }
    public string? ConversationId { get; init; }

    /// <summary>Started in a group chat or channel: the case belongs to that conversation's members.</summary>
    public bool Shared { get; init; }

    public required string TemplateId { get; init; }
    public required string Subject { get; init; }
}
