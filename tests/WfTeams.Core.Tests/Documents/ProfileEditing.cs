using System.Globalization;
using System.IO.Compression;
using System.Xml.Linq;
using WfTeams.Core.Documents;
using WfTeams.Core.Processes;

namespace WfTeams.Core.Tests.Documents;

/// <summary>Edits a profile's body as a Word user would (text in controls, copies, deletions, revisions), on its XML.</summary>
internal static class ProfileEditing
{
    public static readonly XNamespace W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    public static readonly CultureInfo German = CultureInfo.GetCultureInfo("de");
    public static readonly CultureInfo English = CultureInfo.GetCultureInfo("en");

    public static byte[] Edit(byte[] docx, Action<XDocument> edit)
    {
        using var stream = new MemoryStream();
        stream.Write(docx);
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Update, leaveOpen: true))
        {
            var entry = zip.GetEntry("word/document.xml")!;
            XDocument xml;
            using (var read = entry.Open())
            {
                xml = XDocument.Load(read);
            }

            edit(xml);
            entry.Delete();
            using var write = zip.CreateEntry("word/document.xml").Open();
            xml.Save(write, SaveOptions.DisableFormatting);
        }

        return stream.ToArray();
    }

    public static XElement Control(XDocument xml, string path) =>
        xml.Descendants(W + "sdt").Single(s => (string?)s.Element(W + "sdtPr")?.Element(W + "tag")?.Attribute(W + "val") == "wf:" + path);

    /// <summary>Replaces a control's text: runs for an inline control, one paragraph a line for a block one.</summary>
    public static void SetText(XDocument xml, string path, string text)
    {
        var content = Control(xml, path).Element(W + "sdtContent")!;
        var paragraphs = content.Descendants(W + "p").ToList();
        if (paragraphs.Count == 0)
        {
            content.Elements(W + "r").Remove();
            content.Add(Run(text));
            return;
        }

        var first = paragraphs[0];
        foreach (var extra in paragraphs.Skip(1))
        {
            extra.Remove();
        }

        first.Elements(W + "r").Remove();
        foreach (var line in text.Split('\n').Reverse())
        {
            var copy = new XElement(first);
            copy.Add(Run(line));
            first.AddAfterSelf(copy);
        }

        first.Remove();
    }

    public static XElement Run(string text)
    {
        var run = new XElement(W + "r");
        var parts = text.Split('\t');
        for (var i = 0; i < parts.Length; i++)
        {
            if (i > 0)
            {
                run.Add(new XElement(W + "tab"));
            }

            var lines = parts[i].Split('\n');
            for (var j = 0; j < lines.Length; j++)
            {
                if (j > 0)
                {
                    run.Add(new XElement(W + "br"));
                }

                if (lines[j].Length > 0)
                {
                    run.Add(new XElement(W + "t", new XAttribute(XNamespace.Xml + "space", "preserve"), lines[j]));
                }
            }
        }

        return run;
    }

    /// <summary>The paragraph (or table row) that holds a control: what a user copies or deletes with it.</summary>
    public static XElement Holder(XDocument xml, string path)
    {
        var control = Control(xml, path);
        return control.Ancestors(W + "tr").FirstOrDefault() ?? control.Ancestors(W + "p").First();
    }

    public static void StripTags(XDocument xml) => xml.Descendants(W + "tag").Remove();

    public static ProfileReading Read(byte[] docx, ProcessTemplate template, CultureInfo? culture = null) =>
        ProfileReader.Read(ProfileUpload.Open(docx), template, culture ?? German);
}
