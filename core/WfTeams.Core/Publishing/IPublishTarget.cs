namespace WfTeams.Core.Publishing;

/// <summary>Where the handbook lives: a SharePoint library (<see cref="SharePointLibrary"/>) or a folder (<see cref="HandbookFolder"/>).</summary>
public interface IPublishTarget
{
    /// <summary>Names the target; a version published to another target is published again.</summary>
    string Key { get; }

    /// <summary>Uploads the document (replacing one of the same name), its PDF when configured, and sets the columns.</summary>
    Task<PublishedFiles> PublishAsync(PublishedDocument document, CancellationToken cancellationToken = default);

    /// <summary>Moves a published version's files into the folder <c>Archiv</c>, named with their version.</summary>
    Task<PublishedFiles> ArchiveAsync(PublishMark mark, CancellationToken cancellationToken = default);

    /// <summary>After every change: the folder rewrites its <c>index.html</c>; SharePoint's library is its own index (and does not read the marks).</summary>
    Task RefreshIndexAsync(Func<CancellationToken, Task<IReadOnlyList<PublishMark>>> marks, CancellationToken cancellationToken = default);
}
