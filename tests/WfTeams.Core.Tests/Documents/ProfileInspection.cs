using System.Text;
using System.Text.Json.Nodes;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;
using WfTeams.Core.Processes;

namespace WfTeams.Core.Tests.Documents;

/// <summary>Reading a generated profile back: validation errors, content controls, headings, text.</summary>
internal static class ProfileInspection
{
    public static string[] ValidationErrors(byte[] docx)
    {
        using var document = WordprocessingDocument.Open(new MemoryStream(docx), false);
        return new OpenXmlValidator(FileFormatVersions.Office2019).Validate(document)
            .Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}")
            .ToArray();
    }

    /// <summary>Every content control: its tag without "wf:" and its text (breaks as newlines).</summary>
    public static List<(string Path, string Text)> Fields(byte[] docx)
    {
        using var document = WordprocessingDocument.Open(new MemoryStream(docx), false);
        return document.MainDocumentPart!.Document!.Body!.Descendants<SdtElement>()
            .Select(sdt => (sdt.SdtProperties!.GetFirstChild<Tag>()!.Val!.Value!, Text(sdt)))
            .Select(f => (f.Item1.StartsWith("wf:", StringComparison.Ordinal) ? f.Item1[3..] : "!" + f.Item1, f.Item2))
            .ToList();
    }

    public static List<string> Headings(byte[] docx, string style = "Heading1")
    {
        using var document = WordprocessingDocument.Open(new MemoryStream(docx), false);
        return document.MainDocumentPart!.Document!.Body!.Elements<Paragraph>()
            .Where(p => p.ParagraphProperties?.ParagraphStyleId?.Val?.Value == style)
            .Select(p => p.InnerText)
            .ToList();
    }

    public static string BodyXml(byte[] docx)
    {
        using var document = WordprocessingDocument.Open(new MemoryStream(docx), false);
        return document.MainDocumentPart!.Document!.Body!.OuterXml;
    }

    public static string BodyText(byte[] docx)
    {
        using var document = WordprocessingDocument.Open(new MemoryStream(docx), false);
        return Text(document.MainDocumentPart!.Document!.Body!);
    }

    public static string Text(OpenXmlElement element)
    {
        var builder = new StringBuilder();
        foreach (var e in element.Descendants())
        {
            switch (e)
            {
                case Text t: builder.Append(t.Text); break;
                case Break: builder.Append('\n'); break;
                case TabChar: builder.Append('\t'); break;
                case Paragraph when builder.Length > 0: builder.Append('\n'); break;
            }
        }

        return builder.ToString();
    }

    /// <summary>The node a profile path (<c>steps[3].title</c>) names in the template's JSON, or null.</summary>
    public static JsonNode? Resolve(JsonNode root, string path)
    {
        JsonNode? node = root;
        foreach (var segment in path.Split('.'))
        {
            var name = segment;
            var index = -1;
            if (segment.IndexOf('[') is var open and > 0)
            {
                name = segment[..open];
                index = int.Parse(segment[(open + 1)..^1], System.Globalization.CultureInfo.InvariantCulture);
            }

            node = node is JsonObject o && o.TryGetPropertyValue(name, out var child) ? child : null;
            if (index >= 0)
            {
                node = node is JsonArray a && index < a.Count ? a[index] : null;
            }

            if (node is null)
            {
                return null;
            }
        }

        return node;
    }

    /// <summary>Every filled text or number of a template with its path, except ids and references to steps.</summary>
    public static IEnumerable<(string Path, JsonValue Value)> FilledLeaves(ProcessTemplate template)
    {
        var root = JsonNode.Parse(TemplateJson.Serialize(template))!;
        return Leaves(root, "").Where(l => l.Path.Split('.')[^1] is not ("id" or "next") && !l.Path.EndsWith(".id", StringComparison.Ordinal));
    }

    private static IEnumerable<(string Path, JsonValue Value)> Leaves(JsonNode node, string path)
    {
        switch (node)
        {
            case JsonObject o:
                foreach (var (key, child) in o)
                {
                    if (child is not null)
                    {
                        foreach (var leaf in Leaves(child, path.Length == 0 ? key : $"{path}.{key}"))
                        {
                            yield return leaf;
                        }
                    }
                }

                break;
            case JsonArray a:
                for (var i = 0; i < a.Count; i++)
                {
                    foreach (var leaf in Leaves(a[i]!, $"{path}[{i}]"))
                    {
                        yield return leaf;
                    }
                }

                break;
            case JsonValue v when v.GetValueKind() is System.Text.Json.JsonValueKind.String or System.Text.Json.JsonValueKind.Number:
                if (v.ToString().Trim().Length > 0)
                {
                    yield return (path, v);
                }

                break;
        }
    }
}
