using System.Globalization;
using WfTeams.Bot.Api;
using WfTeams.Core.Documents;
using WfTeams.Core.Processes;
using WfTeams.Core.Resources;
using WfTeams.Core.Storage;

namespace WfTeams.Bot.Templates;

/// <summary>
/// The Word round trip: a Prozesssteckbrief edited in Word becomes a new draft version of its template
/// (latest + 1, validated like any template, with a change entry "Bearbeitet in Word" by the user).
/// Nothing changed → no new version. Used by <c>POST /api/templates/{id}/profile.docx</c> and by
/// <c>templates import-docx</c>.
/// </summary>
public sealed class WordImport(TemplateStore store, TimeProvider time)
{
    /// <param name="expectedId">The template the caller means (the route's id); null: the one the document names.</param>
    /// <param name="onLatest">Re-apply the edits of a document made of an older version onto the latest.</param>
    /// <exception cref="InvalidTemplateException">The document is not a profile of this template, or its edits break template rules: every problem, by field.</exception>
    /// <exception cref="WordImportConflict">The document is older than the latest version and <paramref name="onLatest"/> is false.</exception>
    /// <exception cref="NotFoundException">The template or the document's version is not stored.</exception>
    /// <exception cref="TemplateConflictException">Someone else added a version at the same moment; nothing was stored.</exception>
    public async Task<WordImportResult> ImportAsync(
        TenantId tenant, ProfileUpload document, string? expectedId, string author, bool onLatest, CultureInfo culture, CancellationToken cancellationToken = default)
    {
        var (id, version) = Identify(document, expectedId);

        var head = await store.GetHeadAsync(tenant, id, cancellationToken) ?? throw NotFoundException.Template(id, null);
        var documentBase = await store.GetAsync(tenant, id, version, cancellationToken) ?? throw NotFoundException.Template(id, version);
        if (version < head.LatestVersion && !onLatest)
        {
            throw new WordImportConflict(id, version, head.LatestVersion);
        }

        var reading = ProfileReader.Read(document, documentBase, culture);
        var basedOn = documentBase;
        if (reading.Problems.Count == 0 && version < head.LatestVersion)
        {
            basedOn = await store.GetAsync(tenant, id, head.LatestVersion, cancellationToken) ?? throw NotFoundException.Template(id, head.LatestVersion);
            var applied = ProfileChanges.ApplyTo(basedOn, reading.Changes, culture);
            reading = applied with { Notices = [.. reading.Notices, .. applied.Notices] };
        }

        if (reading.Problems.Count > 0)
        {
            throw new InvalidTemplateException("$", reading.Problems);
        }

        if (!reading.Changed || reading.Template is null)
        {
            return new WordImportResult(id, basedOn.Version, basedOn.Version, false, [], reading.Notices);
        }

        var next = head.LatestVersion + 1;
        var entry = new ChangeEntry
        {
            Version = next,
            Date = DateOnly.FromDateTime(time.GetLocalNow().DateTime),
            Author = author.Length > TemplateLimits.ShortText ? author[..TemplateLimits.ShortText] : author,
            Change = Messages.Format("DocxChangeEntry", Messages.Culture(document.Language)),
        };
        var template = reading.Template with
        {
            Version = next,
            Status = TemplateStatus.Draft,
            ChangeHistory = [.. reading.Template.ChangeHistory, entry],
        };

        // Validated and size-checked by the store; the head's ETag keeps a concurrent save from being lost.
        await store.AddVersionAsync(tenant, template, head, cancellationToken);
        return new WordImportResult(id, next, basedOn.Version, true, reading.Changes, reading.Notices);
    }

    /// <summary>The template and version the document names.</summary>
    /// <exception cref="InvalidTemplateException">It names none (not a profile of WfTeams) or another than <paramref name="expectedId"/>.</exception>
    public static (string Id, int Version) Identify(ProfileUpload document, string? expectedId)
    {
        if (document.TemplateId is not { } id || document.TemplateVersion is not { } version)
        {
            throw Refused(new TemplateError("$", "DocxNotProfile"));
        }

        if (expectedId is not null && !string.Equals(expectedId, id, StringComparison.Ordinal))
        {
            throw Refused(new TemplateError("$", "DocxOtherTemplate", id, expectedId));
        }

        return (id, version);
    }

    private static InvalidTemplateException Refused(TemplateError error) => new("$", [error]);
}
