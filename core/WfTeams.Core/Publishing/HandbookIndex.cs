using System.Globalization;
using System.Text;
using WfTeams.Core.Resources;

namespace WfTeams.Core.Publishing;

/// <summary>The local handbook's <c>index.html</c>: one row per released process, the archive below; links relative, so the folder can move.</summary>
public static class HandbookIndex
{
    public const string FileName = "index.html";

    private static readonly CultureInfo German = CultureInfo.GetCultureInfo("de");

    public static string Html(IReadOnlyList<PublishMark> marks)
    {
        var current = marks.Where(m => !m.Archived).OrderBy(m => m.Code ?? m.Name, StringComparer.Create(German, true)).ThenBy(m => m.Name, StringComparer.Create(German, true)).ToList();
        var archived = marks.Where(m => m.Archived).OrderBy(m => m.Name, StringComparer.Create(German, true)).ThenByDescending(m => m.Version).ToList();
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"de\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<title>").Append(Text("HandbookTitle")).Append("</title>\n<style>\n")
            .Append("body{font-family:system-ui,'Segoe UI',sans-serif;margin:2rem;color:#1b1b1b}h1{font-size:1.6rem}h2{font-size:1.2rem;margin-top:2rem}")
            .Append("table{border-collapse:collapse;width:100%}th,td{text-align:left;padding:.4rem .6rem;border-bottom:1px solid #ddd;vertical-align:top}")
            .Append("th{background:#f3f3f3}a{color:#0b5cad}\n</style>\n</head>\n<body>\n")
            .Append("<h1>").Append(Text("HandbookTitle")).Append("</h1>\n");
        if (current.Count == 0)
        {
            html.Append("<p>").Append(Text("HandbookEmpty")).Append("</p>\n");
        }
        else
        {
            Table(html, current);
        }

        if (archived.Count > 0)
        {
            html.Append("<h2>").Append(Text("HandbookArchive")).Append("</h2>\n");
            Table(html, archived);
        }

        return html.Append("</body>\n</html>\n").ToString();
    }

    /// <summary>A relative link to a file in the folder: each path segment percent-encoded (umlauts, spaces, #).</summary>
    public static string Href(string relative) => string.Join('/', relative.Split('/').Select(Uri.EscapeDataString));

    private static void Table(StringBuilder html, IReadOnlyList<PublishMark> marks)
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
