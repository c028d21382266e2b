using System.Globalization;
using Microsoft.Graph;
using Microsoft.Graph.Drives.Item.Items.Item.CreateUploadSession;
using Microsoft.Graph.Models;
using Microsoft.Graph.Models.ODataErrors;
using Microsoft.Graph.Sites.Item;
using Microsoft.Kiota.Abstractions;
using Microsoft.Kiota.Abstractions.Authentication;

namespace WfTeams.Core.Publishing;

/// <summary>
/// The handbook in a SharePoint document library, through Microsoft Graph: documents under 4 MiB in one PUT,
/// larger ones through an upload session in slices of 10 × 320 KiB (the upload URL gets no token), the library
/// columns on the list item, a PDF beside it when configured. Site, library and folder are looked up once.
/// </summary>
public sealed class SharePointLibrary(GraphServiceClient graph, HttpClient http, SharePointOptions options) : IPublishTarget
{
    public const long SimpleUploadLimit = 4 * 1024 * 1024;
    public const int SliceSize = 10 * 320 * 1024;
    public const string ArchiveFolder = "Archiv";

    private Location? _location;

    /// <summary>Below this size one PUT; tests lower it to reach the upload session with small documents.</summary>
    internal long UploadLimit { get; init; } = SimpleUploadLimit;

    /// <summary>A multiple of 320 KiB, as SharePoint requires.</summary>
    internal int SliceBytes { get; init; } = SliceSize;

    public string Key => $"sharepoint:{(string.IsNullOrWhiteSpace(options.SiteId) ? options.SiteUrl : options.SiteId)}|{options.Library}|{Folder}";

    private string Folder => (options.Folder ?? "").Trim().Trim('/');

    public async Task<PublishedFiles> PublishAsync(PublishedDocument document, CancellationToken cancellationToken = default)
    {
        var location = await LocateAsync(cancellationToken);
        var item = await UploadAsync(location.FolderId, document.FileName + ".docx", document.Content, cancellationToken);
        await SetColumnsAsync(location, item, document, cancellationToken);
        DriveItem? pdf = null;
        if (options.Pdf)
        {
            using var converted = await ConvertToPdfAsync(location, item, cancellationToken);
            pdf = await UploadAsync(location.FolderId, document.FileName + ".pdf", converted, cancellationToken);
            await SetColumnsAsync(location, pdf, document, cancellationToken);
        }

        return new PublishedFiles(WebUrl(item), pdf is null ? null : WebUrl(pdf), item.Id!, pdf?.Id);
    }

    public async Task<PublishedFiles> ArchiveAsync(PublishMark mark, CancellationToken cancellationToken = default)
    {
        var location = await LocateAsync(cancellationToken);
        var archive = await ArchiveFolderAsync(location, cancellationToken);
        var moved = await MoveAsync(location, mark.Location, archive, ArchivedName(mark, ".docx"), cancellationToken) ?? mark.WebUrl;
        var pdf = mark.PdfLocation is { } pdfItem ? await MoveAsync(location, pdfItem, archive, ArchivedName(mark, ".pdf"), cancellationToken) ?? mark.PdfUrl : null;
        return new PublishedFiles(moved, pdf, mark.Location, mark.PdfLocation);
    }

    public Task RefreshIndexAsync(Func<CancellationToken, Task<IReadOnlyList<PublishMark>>> marks, CancellationToken cancellationToken = default) => Task.CompletedTask;

    /// <summary>Uploads one stream to the folder under <paramref name="fileName"/>, replacing a file of that name (a new version in its history).</summary>
    public async Task<DriveItem> UploadAsync(string folderId, string fileName, Stream content, CancellationToken cancellationToken = default)
    {
        var location = await LocateAsync(cancellationToken);
        var target = graph.Drives[location.DriveId].Items[folderId].ItemWithPath(fileName);
        if (content.Length < UploadLimit)
        {
            content.Position = 0;
            return await GraphCall.RunAsync(() => target.Content.PutAsync(content, cancellationToken: cancellationToken), options) ?? throw Empty(fileName);
        }

        var session = await GraphCall.RunAsync(() => target.CreateUploadSession.PostAsync(new CreateUploadSessionPostRequestBody
        {
            Item = new DriveItemUploadableProperties { AdditionalData = new Dictionary<string, object> { ["@microsoft.graph.conflictBehavior"] = "replace" } },
        }, cancellationToken: cancellationToken), options) ?? throw Empty(fileName);

        // The upload URL is pre-authorised: an adapter without a token, over the same retrying pipeline.
        var adapter = new BaseGraphRequestAdapter(new AnonymousAuthenticationProvider(), httpClient: http);
        var task = new LargeFileUploadTask<DriveItem>(session, content, SliceBytes, adapter);
        try
        {
            var result = await task.UploadAsync(maxTries: 1, cancellationToken: cancellationToken);
            return result.UploadSucceeded && result.ItemResponse is { } item ? item : throw Empty(fileName);
        }
        catch (Exception ex) when (ex is ApiException or HttpRequestException or TaskCanceledException or ServiceException or AggregateException && !cancellationToken.IsCancellationRequested)
        {
            // Nothing is marked published; the next attempt starts a fresh session.
            await DeleteSessionAsync(task);
            throw new PublishingException(PublishProblem.Unavailable, "PublishUploadFailed", [fileName, GraphCall.Describe(ex)], ex);
        }
    }

    private static async Task DeleteSessionAsync(LargeFileUploadTask<DriveItem> task)
    {
        try
        {
            await task.DeleteSessionAsync(CancellationToken.None);
        }
        catch (Exception ex) when (ex is ApiException or HttpRequestException or ServiceException or ClientException)
        {
            // An abandoned session expires on its own; the failure that matters is the upload's.
        }
    }

    private async Task SetColumnsAsync(Location location, DriveItem item, PublishedDocument document, CancellationToken cancellationToken)
    {
        var listItem = await GraphCall.RunAsync(() => graph.Drives[location.DriveId].Items[item.Id].ListItem.GetAsync(r => r.QueryParameters.Select = ["id"], cancellationToken), options);
        var fields = new FieldValueSet { AdditionalData = HandbookColumns.Values(document) };
        await GraphCall.RunAsync(() => graph.Sites[location.SiteId].Lists[location.ListId].Items[listItem!.Id].Fields.PatchAsync(fields, cancellationToken: cancellationToken), options);
    }

    private async Task<MemoryStream> ConvertToPdfAsync(Location location, DriveItem item, CancellationToken cancellationToken)
    {
        // Graph answers 302 to a short-lived download URL; the redirect handler follows it (without the token).
        await using var pdf = await GraphCall.RunAsync(() => graph.Drives[location.DriveId].Items[item.Id].Content.GetAsync(r => r.QueryParameters.Format = "pdf", cancellationToken), options)
            ?? throw Empty(item.Name ?? "pdf");
        var buffer = new MemoryStream();
        await pdf.CopyToAsync(buffer, cancellationToken);
        buffer.Position = 0;
        return buffer;
    }

    private async Task<Uri?> MoveAsync(Location location, string itemId, string archiveId, string name, CancellationToken cancellationToken)
    {
        try
        {
            var moved = await graph.Drives[location.DriveId].Items[itemId].PatchAsync(
                new DriveItem { Name = name, ParentReference = new ItemReference { Id = archiveId } },
                cancellationToken: cancellationToken);
            return moved is null ? null : WebUrl(moved);
        }
        catch (ODataError ex) when (ex.ResponseStatusCode == 404)
        {
            // Moved or deleted by hand already: nothing left to archive.
            return null;
        }
        catch (ApiException ex)
        {
            throw GraphCall.Translate(ex, options);
        }
    }

    private async Task<string> ArchiveFolderAsync(Location location, CancellationToken cancellationToken)
    {
        if (location.ArchiveId is { } known)
        {
            return known;
        }

        var path = Folder.Length == 0 ? ArchiveFolder : $"{Folder}/{ArchiveFolder}";
        var existing = await GraphCall.RunAsync(() => graph.Drives[location.DriveId].Root.ItemWithPath(path).GetAsync(r => r.QueryParameters.Select = ["id"], cancellationToken), options, notFound: true);
        var id = existing?.Id ?? (await GraphCall.RunAsync(() => graph.Drives[location.DriveId].Items[location.FolderId].Children.PostAsync(new DriveItem
        {
            Name = ArchiveFolder,
            Folder = new Microsoft.Graph.Models.Folder(),
            AdditionalData = new Dictionary<string, object> { ["@microsoft.graph.conflictBehavior"] = "replace" },
        }, cancellationToken: cancellationToken), options))!.Id!;
        _location = location with { ArchiveId = id };
        return id;
    }

    private async Task<Location> LocateAsync(CancellationToken cancellationToken)
    {
        if (_location is { } known)
        {
            return known;
        }

        var site = await GraphCall.RunAsync(() => SiteRequest().GetAsync(r => r.QueryParameters.Select = ["id"], cancellationToken), options,
            notFoundMessage: ("PublishSiteNotFound", [options.SiteSetting]));
        var siteId = site!.Id!;
        Drive? drive;
        if (string.IsNullOrWhiteSpace(options.Library))
        {
            drive = await GraphCall.RunAsync(() => graph.Sites[siteId].Drive.GetAsync(r => r.QueryParameters.Select = ["id", "name", "webUrl"], cancellationToken), options);
        }
        else
        {
            var drives = await GraphCall.RunAsync(() => graph.Sites[siteId].Drives.GetAsync(r => r.QueryParameters.Select = ["id", "name", "webUrl"], cancellationToken), options);
            var all = drives?.Value ?? [];
            drive = all.FirstOrDefault(d => Matches(d, options.Library))
                ?? throw new PublishingException(PublishProblem.Configuration, "PublishLibraryNotFound",
                    [options.Library, string.Join(", ", all.Select(d => d.Name))]);
        }

        var list = await GraphCall.RunAsync(() => graph.Drives[drive!.Id].List.GetAsync(r => r.QueryParameters.Select = ["id"], cancellationToken), options);
        var folder = Folder.Length == 0
            ? await GraphCall.RunAsync(() => graph.Drives[drive!.Id].Root.GetAsync(r => r.QueryParameters.Select = ["id", "folder"], cancellationToken), options)
            : await GraphCall.RunAsync(() => graph.Drives[drive!.Id].Root.ItemWithPath(Folder).GetAsync(r => r.QueryParameters.Select = ["id", "folder"], cancellationToken), options,
                notFoundMessage: ("PublishFolderNotFound", [Folder, options.Library ?? drive!.Name]));
        if (folder?.Folder is null)
        {
            throw new PublishingException(PublishProblem.Configuration, "PublishFolderNotFound", [Folder, options.Library ?? drive!.Name]);
        }

        return (_location = new Location(siteId, drive!.Id!, list!.Id!, folder.Id!, null)).Value;
    }

    private SiteItemRequestBuilder SiteRequest()
    {
        if (!string.IsNullOrWhiteSpace(options.SiteId))
        {
            return graph.Sites[options.SiteId.Trim()];
        }

        // GET /sites/{host}:/{server-relative path}: the site by its address.
        var url = options.SiteUrl!;
        var path = url.AbsolutePath.TrimEnd('/');
        var raw = path.Length == 0 ? $"{graph.RequestAdapter.BaseUrl}/sites/{url.Host}" : $"{graph.RequestAdapter.BaseUrl}/sites/{url.Host}:{path}";
        return new SiteItemRequestBuilder(raw, graph.RequestAdapter);
    }

    private static bool Matches(Drive drive, string library) =>
        string.Equals(drive.Name, library.Trim(), StringComparison.OrdinalIgnoreCase)
        || (drive.WebUrl is { } url && string.Equals(Uri.UnescapeDataString(url.TrimEnd('/').Split('/')[^1]), library.Trim(), StringComparison.OrdinalIgnoreCase));

    private static string ArchivedName(PublishMark mark, string extension) =>
        string.Create(CultureInfo.InvariantCulture, $"{mark.FileName} v{mark.Version}{extension}");

    private static Uri WebUrl(DriveItem item) => new(item.WebUrl ?? throw Empty(item.Name ?? item.Id ?? "?"));

    private static PublishingException Empty(string what) =>
        new(PublishProblem.Unavailable, "PublishGraphFailed", [200, $"{what}: no item in the answer"]);

    private readonly record struct Location(string SiteId, string DriveId, string ListId, string FolderId, string? ArchiveId);
}
