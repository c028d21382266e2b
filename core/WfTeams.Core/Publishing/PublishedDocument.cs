using System.Globalization;
using WfTeams.Core.Documents;
using WfTeams.Core.Modelling;
using WfTeams.Core.Processes;
using WfTeams.Core.Resources;

namespace WfTeams.Core.Publishing;

/// <summary>
/// One Prozesssteckbrief to publish: its file name (without extension, the same for every version, so a
/// new upload replaces the file and SharePoint keeps the history), its content, the library columns and the process
/// diagram (SVG, in German as the document).
/// </summary>
public sealed record PublishedDocument(
    string TemplateId,
    int Version,
    string Name,
    string? Code,
    string Owner,
    string? Category,
    string Status,
    DateOnly ReleasedOn,
    string FileName,
    Stream Content,
    byte[] Diagram)
{
    private static readonly CultureInfo German = CultureInfo.GetCultureInfo("de");

    /// <summary>The released template and its Word document; "Freigegeben am" is the profile's "Stand".</summary>
    public static PublishedDocument Of(ProcessTemplate template, Stream content) => new(
        template.Id,
        template.Version,
        template.Name,
        template.Code,
        template.Owner,
        template.Category is { } category ? Messages.Format("Category" + category, German) : null,
        Messages.Format("Status" + template.Status, German),
        ProfileDocument.AsOf(template),
        SharePointFileName.For(template.Name, template.Id),
        content,
        DiagramSvg.Write(template, German));
}
