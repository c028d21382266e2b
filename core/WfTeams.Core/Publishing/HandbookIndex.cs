using System.Globalization;
using System.Text;
using WfTeams.Core.Resources;

namespace WfTeams.Core.Publishing;

/// <summary>
/// The local handbook's <c>index.html</c>: one row per released process, the archive below, then the current
/// processes' diagrams as pictures (<c>img</c> of the SVG files: nothing in them runs); links relative, so the folder can move.
/// </summary>
public static class HandbookIndex
{
    public const string FileName = "index.html";

    private static readonly CultureInfo German = CultureInfo.GetCultureInfo("de");

    /// <param name="diagram">The diagram file of a version (relative), null when there is none.</param>
    public static string Html(IReadOnlyList<PublishMark> marks, Func<PublishMark, string?>? diagram = null)
    {
        diagram ??= _ => null;
        var current = marks.Where(m => !m.Archived).OrderBy(m => m.Code ?? m.Name, StringComparer.Create(German, true)).ThenBy(m => m.Name, StringComparer.Create(German, true)).ToList();
        var archived = marks.Where(m => m.Archived).OrderBy(m => m.Name, StringComparer.Create(German, true)).ThenByDescending(m => m.Version).ToList();
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"de\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<title>").Append(Text("HandbookTitle")).Append("</title>\n<style>\n")
            .Append("body{font-family:system-ui,'Segoe UI',sans-serif;margin:2rem;color:#1b1b1b}h1{font-size:1.6rem}h2{font-size:1.2rem;margin-top:2rem}")
            .Append("table{border-collapse:collapse;width:100%}th,td{text-align:left;padding:.4rem .6rem;border-bottom:1px solid #ddd;vertical-align:top}")
            .Append("th{background:#f3f3f3}a{color:#0b5cad}figure{margin:1rem 0 2rem}figcaption{font-weight:600;margin-bottom:.4rem}")
            .Append("figure img{max-width:100%;height:auto;border:1px solid #ddd}\n</style>\n</head>\n<body>\n")
            .Append("<h1>").Append(Text("HandbookTitle")).Append("</h1>\n");
        if (current.Count == 0)
        {
            html.Append("<p>").Append(Text("HandbookEmpty")).Append("</p>\n");
        }
        else
        {
            Table(html, current, diagram);
        }

        if (archived.Count > 0)
        {
            html.Append("<h2>").Append(Text("HandbookArchive")).Append("</h2>\n");
            Table(html, archived, diagram);
        }

        var drawn = current.Select(m => (Mark: m, File: diagram(m))).Where(d => d.File is not null).ToList();
        if (drawn.Count > 0)
        {
            html.Append("<h2>").Append(Text("HandbookDiagrams")).Append("</h2>\n");
            foreach (var (mark, file) in drawn)
            {
                html.Append("<figure data-template=\"").Append(Encode(mark.TemplateId)).Append("\"><figcaption>").Append(Encode(mark.Name)).Append("</figcaption>")
                    .Append("<img src=\"").Append(Encode(Href(file!))).Append("\" alt=\"").Append(Encode(Messages.Format("HandbookDiagramOf", German, mark.Name))).Append("\" loading=\"lazy\"></figure>\n");
            }
        }

        return html.Append("</body>\n</html>\n").ToString();
    }

    /// <summary>A relative link to a file in the folder: each path segment percent-encoded (umlauts, spaces, #).</summary>
    public static string Href(string relative) => string.Join('/', relative.Split('/').Select(Uri.EscapeDataString));

    private static void Table(StringBuilder html, IReadOnlyList<PublishMark> marks, Func<PublishMark, string?> diagram)
    {
        html.Append("<table>\n<thead><tr>");
        foreach (var key in new[] { "HandbookProcess", "HandbookCode", "HandbookOwner", "HandbookVersion", "HandbookStatus", "HandbookReleasedOn", "HandbookDocuments" })
        {
            html.Append("<th>").Append(Text(key)).Append("</th>");
        }

        html.Append("</tr></thead>\n<tbody>\n");
        foreach (var mark in marks)
        {
            html.Append("<tr data-template=\"").Append(Encode(mark.TemplateId)).Append("\">")
                .Append("<td>").Append(Encode(mark.Name)).Append("</td>")
                .Append("<td>").Append(Encode(mark.Code ?? "")).Append("</td>")
                .Append("<td>").Append(Encode(mark.Owner)).Append("</td>")
                .Append("<td>").Append(mark.Version.ToString(CultureInfo.InvariantCulture)).Append("</td>")
                .Append("<td>").Append(Text(mark.Archived ? "StatusArchived" : "StatusReleased")).Append("</td>")
                .Append("<td>").Append(mark.ReleasedOn.ToString("dd.MM.yyyy", German)).Append("</td>")
                .Append("<td><a href=\"").Append(Encode(Href(mark.Location))).Append("\">Word</a>");
            if (mark.PdfLocation is { } pdf)
            {
                html.Append(" · <a href=\"").Append(Encode(Href(pdf))).Append("\">PDF</a>");
            }

            if (diagram(mark) is { } svg)
            {
                html.Append(" · <a href=\"").Append(Encode(Href(svg))).Append("\">").Append(Text("HandbookDiagram")).Append("</a>");
            }

            html.Append("</td></tr>\n");
        }

        html.Append("</tbody>\n</table>\n");
    }

    private static string Text(string key) => Encode(Messages.Format(key, German));

    /// <summary>Only the markup characters: umlauts stay readable in the UTF-8 page.</summary>
    private static string Encode(string text) => text
        .Replace("&", "&amp;", StringComparison.Ordinal)
        .Replace("<", "&lt;", StringComparison.Ordinal)
        .Replace(">", "&gt;", StringComparison.Ordinal)
        .Replace("\"", "&quot;", StringComparison.Ordinal)
        .Replace("'", "&#39;", StringComparison.Ordinal);
}
