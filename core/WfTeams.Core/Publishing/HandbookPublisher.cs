using WfTeams.Core.Documents;
using WfTeams.Core.Processes;
using WfTeams.Core.Storage;

namespace WfTeams.Core.Publishing;

/// <summary>
/// Publishes a released template version's Prozesssteckbrief to the handbook (SharePoint or a folder): the one
/// call behind the CLI verb <c>publish</c>, the HTTP route and the chat command. Only released versions are
/// published; the published mark is written only after the upload and the columns succeeded, so a failure
/// leaves nothing marked and the next attempt uploads again; publishing the same version again is a no-op.
/// The previously published versions of the template move to <c>Archiv</c>.
/// </summary>
public sealed class HandbookPublisher(
    TemplateStore templates,
    PublishMarks marks,
    IPublishTarget target,
    Func<CancellationToken, Task<DocumentOptions>> profileOptions,
    TimeProvider time)
{
    public IPublishTarget Target => target;

    /// <summary>Publishes <paramref name="version"/> (default: the released version) of a template.</summary>
    /// <exception cref="PublishingException">Not found, not released, a setting or permission missing, or the target failed.</exception>
    /// <exception cref="StorageUnavailableException">Table storage cannot be reached.</exception>
    public async Task<PublishResult> PublishAsync(TenantId tenant, string templateId, int? version = null, CancellationToken cancellationToken = default)
    {
        var template = await templates.GetAsync(tenant, templateId, version, cancellationToken)
            ?? throw (version is null
                ? new PublishingException(PublishProblem.NotFound, "TemplateNotFound", [templateId])
                : new PublishingException(PublishProblem.NotFound, "TemplateVersionNotFound", [templateId, version]));
        if (template.Status != TemplateStatus.Released)
        {
            throw new PublishingException(PublishProblem.NotReleased, "PublishNotReleased", [template.Id, template.Version]);
        }

        var known = await marks.ListAsync(tenant, template.Id, cancellationToken);
        if (known.FirstOrDefault(m => m.Version == template.Version && m.Target == target.Key && !m.Archived) is { } published)
        {
            return Result(published, alreadyPublished: true);
        }

        foreach (var older in known.Where(m => m.Version != template.Version && m.Target == target.Key && !m.Archived))
        {
            var moved = await target.ArchiveAsync(older, cancellationToken);
            await marks.SaveAsync(tenant, older with
            {
                WebUrl = moved.WebUrl,
                PdfUrl = moved.PdfUrl,
                Location = moved.Location,
                PdfLocation = moved.PdfLocation,
                Archived = true,
            }, cancellationToken);
        }

        var options = await profileOptions(cancellationToken);

        // The document stays in memory once: the stream reads the array, no copy.
        using var content = new MemoryStream(ProfileDocument.Create(template, options), writable: false);
        var document = PublishedDocument.Of(template, content);
        var files = await target.PublishAsync(document, cancellationToken);
        var mark = new PublishMark(
            document.TemplateId, document.Version, document.Name, document.Code, document.Owner, document.Category, document.ReleasedOn,
            document.FileName, target.Key, files.WebUrl, files.PdfUrl, files.Location, files.PdfLocation, time.GetUtcNow(), Archived: false);
        await marks.SaveAsync(tenant, mark, cancellationToken);
        await target.RefreshIndexAsync(token => marks.ListAsync(tenant, cancellationToken: token), cancellationToken);
        return Result(mark, alreadyPublished: false);
    }

    /// <summary>The mark of a published version (null: not published to the current target).</summary>
    public async Task<PublishMark?> FindAsync(TenantId tenant, string templateId, int version, CancellationToken cancellationToken = default) =>
        await marks.GetAsync(tenant, templateId, version, cancellationToken) is { } mark && mark.Target == target.Key ? mark : null;

    private static PublishResult Result(PublishMark mark, bool alreadyPublished) =>
        new(mark.TemplateId, mark.Version, mark.Name, mark.WebUrl, mark.PdfUrl, mark.PublishedAt, alreadyPublished);
}
