using System.Globalization;

namespace WfTeams.Core.Publishing;

/// <summary>
/// The handbook as a folder (<c>Publishing:Folder</c>): the Word documents, a PDF of each when LibreOffice is
/// installed, the process diagram of each (SVG), older versions in <c>Archiv/</c> and an <c>index.html</c> listing
/// them and showing the diagrams. Every file is written beside its place and moved over it, so a reader never sees
/// half a file.
/// </summary>
public sealed class HandbookFolder(PublishingOptions options) : IPublishTarget
{
    public string Root { get; } = Path.GetFullPath(options.Folder);

    public string Key => "folder:" + Root;

    public async Task<PublishedFiles> PublishAsync(PublishedDocument document, CancellationToken cancellationToken = default)
    {
        try
        {
            Directory.CreateDirectory(Root);
            var docx = document.FileName + ".docx";
            var temporary = Path.Combine(Root, $".{Guid.NewGuid():N}.tmp");
            await using (var file = File.Create(temporary))
            {
                document.Content.Position = 0;
                await document.Content.CopyToAsync(file, cancellationToken);
            }

            string? pdf = null;
            var staging = Directory.CreateTempSubdirectory("wfteams-pdf-");
            try
            {
                var named = Path.Combine(staging.FullName, docx);
                File.Copy(temporary, named);
                if (await LibreOfficePdf.ConvertAsync(named, staging.FullName, cancellationToken) is { } converted)
                {
                    pdf = document.FileName + ".pdf";
                    File.Move(converted, Path.Combine(Root, pdf), overwrite: true);
                }
            }
            finally
            {
                staging.Delete(recursive: true);
            }

            var diagram = Path.Combine(Root, $".{Guid.NewGuid():N}.tmp");
            await File.WriteAllBytesAsync(diagram, document.Diagram, cancellationToken);
            File.Move(diagram, Path.Combine(Root, DiagramOf(docx)), overwrite: true);
            File.Move(temporary, Path.Combine(Root, docx), overwrite: true);
            return new PublishedFiles(Link(docx), pdf is null ? null : Link(pdf), docx, pdf);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new PublishingException(PublishProblem.Unavailable, "PublishFolderFailed", [Root, ex.Message], ex);
        }
    }

    public Task<PublishedFiles> ArchiveAsync(PublishMark mark, CancellationToken cancellationToken = default)
    {
        try
        {
            Directory.CreateDirectory(Path.Combine(Root, SharePointLibrary.ArchiveFolder));
            var docx = Move(mark.Location, ArchivedName(mark, ".docx")) ?? mark.Location;
            var pdf = mark.PdfLocation is { } pdfFile ? Move(pdfFile, ArchivedName(mark, ".pdf")) ?? pdfFile : null;
            Move(DiagramOf(mark.Location), ArchivedName(mark, ".svg"));
            return Task.FromResult(new PublishedFiles(Link(docx), pdf is null ? null : Link(pdf), docx, pdf));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new PublishingException(PublishProblem.Unavailable, "PublishFolderFailed", [Root, ex.Message], ex);
        }
    }

    public async Task RefreshIndexAsync(Func<CancellationToken, Task<IReadOnlyList<PublishMark>>> marks, CancellationToken cancellationToken = default)
    {
        var all = await marks(cancellationToken);
        try
        {
            Directory.CreateDirectory(Root);
            var temporary = Path.Combine(Root, $".{Guid.NewGuid():N}.tmp");
            await File.WriteAllTextAsync(temporary, HandbookIndex.Html(all.Where(m => m.Target == Key).ToList(), Diagram), cancellationToken);
            File.Move(temporary, Path.Combine(Root, HandbookIndex.FileName), overwrite: true);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new PublishingException(PublishProblem.Unavailable, "PublishFolderFailed", [Root, ex.Message], ex);
        }
    }

    /// <summary>The diagram beside a document: the same name, .svg (versions published before the diagrams have none).</summary>
    private static string DiagramOf(string docx) => Path.ChangeExtension(docx, ".svg");

    /// <summary>The diagram of a listed version, when the folder has it.</summary>
    private string? Diagram(PublishMark mark) => File.Exists(Path.Combine(Root, DiagramOf(mark.Location))) ? DiagramOf(mark.Location) : null;

    /// <summary>Moves a file within the folder; null when it is gone already.</summary>
    private string? Move(string relative, string archived)
    {
        var source = Path.Combine(Root, relative);
        var target = $"{SharePointLibrary.ArchiveFolder}/{archived}";
        if (!File.Exists(source))
        {
            return File.Exists(Path.Combine(Root, target)) ? target : null;
        }

        File.Move(source, Path.Combine(Root, target), overwrite: true);
        return target;
    }

    private Uri Link(string relative) =>
        options.BaseUrl is { } baseUrl
            ? new Uri(new Uri(baseUrl.AbsoluteUri.TrimEnd('/') + "/"), HandbookIndex.Href(relative))
            : new Uri(Path.Combine(Root, relative));

    private static string ArchivedName(PublishMark mark, string extension) =>
        string.Create(CultureInfo.InvariantCulture, $"{mark.FileName} v{mark.Version}{extension}");
}
