namespace WfTeams.Core.Publishing;

/// <summary>Where a target put a document (and its PDF): links for readers, item ids or paths for the target.</summary>
public sealed record PublishedFiles(Uri WebUrl, Uri? PdfUrl, string Location, string? PdfLocation);
