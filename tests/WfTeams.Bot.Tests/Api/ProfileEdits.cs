using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace WfTeams.Bot.Tests.Api;

/// <summary>What a user does to a profile in Word, done with the Open XML SDK: new text inside a field's content control.</summary>
public static class ProfileEdits
{
    public static byte[] Replace(byte[] profile, string tag, string text)
    {
        using var stream = new MemoryStream();
        stream.Write(profile);
        using (var document = WordprocessingDocument.Open(stream, true))
        {
            var control = document.MainDocumentPart!.Document!.Descendants<SdtElement>()
                .First(sdt => sdt.SdtProperties?.GetFirstChild<Tag>()?.Val?.Value == tag);
            var texts = control.Descendants<Text>().ToList();
            texts[0].Text = text;
            texts.Skip(1).ToList().ForEach(t => t.Remove());
        }

        return stream.ToArray();
    }

    /// <summary>A .docx as a request body, as Word's add-in and a browser upload send it.</summary>
    public static ByteArrayContent Content(byte[] docx)
    {
        var content = new ByteArrayContent(docx);
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        return content;
    }
}
