namespace WfTeams.Core.Publishing;

/// <summary>
/// That a template version was published, where, and what the handbook shows about it. Written only after the
/// upload and the columns succeeded.
/// </summary>
public sealed record PublishMark(
    string TemplateId,
    int Version,
    string Name,
    string? Code,
    string Owner,
    string? Category,
    DateOnly ReleasedOn,
    string FileName,
    string Target,
    Uri WebUrl,
    Uri? PdfUrl,
    string Location,
    string? PdfLocation,
    DateTimeOffset PublishedAt,
    bool Archived);
