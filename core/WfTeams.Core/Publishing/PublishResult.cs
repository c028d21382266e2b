namespace WfTeams.Core.Publishing;

/// <summary>A published version: where readers find it.</summary>
public sealed record PublishResult(
    string TemplateId,
    int Version,
    string Name,
    Uri WebUrl,
    Uri? PdfUrl,
    DateTimeOffset PublishedAt,
    bool AlreadyPublished);
