using System.IO.Compression;
using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using WfTeams.Core.Documents;
using WfTeams.Core.Processes;
using WfTeams.Testing;

namespace WfTeams.Core.Tests.Documents;

/// <summary>Uploads that must be refused before anything reads them, each with its reason.</summary>
public sealed class ProfileUploadTests
{
    private static string Refusal(byte[] upload) =>
        Assert.Single(Assert.Throws<InvalidTemplateException>(() => ProfileUpload.Open(upload)).Errors).MessageKey;

    private static byte[] Zip(Action<ZipArchive> fill)
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            fill(zip);
        }

        return stream.ToArray();
    }

    private static void Entry(ZipArchive zip, string name, string text)
    {
        using var writer = new StreamWriter(zip.CreateEntry(name).Open(), new UTF8Encoding(false));
        writer.Write(text);
    }

    private static byte[] Profile() => ProfileDocument.Create(TemplateFactory.Minimal());

    /// <summary>A profile whose main part says it is something else.</summary>
    private static byte[] WithMainType(string contentType, bool vba = false) => ProfileEditing.Edit(Profile(), _ => { }) is var docx
        ? Rewrite(docx, contentType, vba)
        : [];

    private static byte[] Rewrite(byte[] docx, string contentType, bool vba)
    {
        using var stream = new MemoryStream();
        stream.Write(docx);
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Update, leaveOpen: true))
        {
            var types = zip.GetEntry("[Content_Types].xml")!;
            string xml;
            using (var reader = new StreamReader(types.Open()))
            {
                xml = reader.ReadToEnd();
            }

            types.Delete();
            xml = xml.Replace("</Types>", $"<Override PartName=\"/word/document.xml\" ContentType=\"{contentType}\" /></Types>", StringComparison.Ordinal);
            Entry(zip, "[Content_Types].xml", xml);
            if (vba)
            {
                Entry(zip, "word/vbaProject.bin", "Attribute VB_Name = \"Module1\"");
            }
        }

        return stream.ToArray();
    }

    [Fact]
    public void Open_NotAZip_Refused() => Assert.Equal("DocxNotZip", Refusal(Encoding.UTF8.GetBytes("{\"id\": \"json, not Word\"}")));

    [Fact]
    public void Open_BrokenZip_Refused() => Assert.Equal("DocxNotZip", Refusal([.. "PK\x03\x04"u8, .. new byte[100]]));

    [Fact]
    public void Open_MacroEnabledDocument_Refused() =>
        Assert.Equal("DocxMacros", Refusal(WithMainType("application/vnd.ms-word.document.macroEnabled.main+xml", vba: true)));

    [Fact]
    public void Open_MacroEnabledTemplate_Refused() =>
        Assert.Equal("DocxMacros", Refusal(WithMainType("application/vnd.ms-word.template.macroEnabledTemplate.main+xml")));

    [Fact]
    public void Open_DocumentTemplate_Refused() =>
        Assert.Equal("DocxTemplate", Refusal(WithMainType("application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml")));

    [Fact]
    public void Open_EncryptedDocument_Refused()
    {
        // What Word writes for a password-protected .docx: a compound file holding an EncryptedPackage stream.
        var cfb = new byte[4096];
        new byte[] { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1 }.CopyTo(cfb, 0);
        Encoding.Unicode.GetBytes("EncryptedPackage").CopyTo(cfb, 1024);
        Encoding.Unicode.GetBytes("EncryptionInfo").CopyTo(cfb, 1152);

        Assert.Equal("DocxEncrypted", Refusal(cfb));
    }

    [Fact]
    public void Open_OldBinaryWordFile_Refused()
    {
        var cfb = new byte[2048];
        new byte[] { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1 }.CopyTo(cfb, 0);
        Encoding.Unicode.GetBytes("WordDocument").CopyTo(cfb, 1024);

        Assert.Equal("DocxBinaryFormat", Refusal(cfb));
    }

    [Fact]
    public async Task Open_LargerThanTenMiB_Refused()
    {
        var upload = new byte[ProfileUpload.MaxBytes + 1];
        "PK\x03\x04"u8.CopyTo(upload);

        Assert.Equal("DocxTooLarge", Refusal(upload));
        var streamed = await Assert.ThrowsAsync<InvalidTemplateException>(() => ProfileUpload.OpenAsync(new MemoryStream(upload)));
        Assert.Equal("DocxTooLarge", Assert.Single(streamed.Errors).MessageKey);
    }

    [Fact]
    public void Open_TwoThousandAndOneParts_Refused()
    {
        var zip = Zip(z =>
        {
            for (var i = 0; i <= ProfileUpload.MaxParts; i++)
            {
                z.CreateEntry($"word/media/p{i}.xml", CompressionLevel.NoCompression);
            }
        });

        Assert.Equal("DocxTooManyParts", Refusal(zip));
    }

    [Fact]
    public void Open_BombByItsHeaders_Refused()
    {
        var zip = Zip(z =>
        {
            using var stream = z.CreateEntry("word/document.xml", CompressionLevel.SmallestSize).Open();
            var zeros = new byte[1024 * 1024];
            for (var i = 0; i < 51; i++)
            {
                stream.Write(zeros);
            }
        });

        Assert.True(zip.Length < 200_000);
        Assert.Equal("DocxTooLargeUnpacked", Refusal(zip));
    }

    [Fact]
    public void Read_BombWhoseHeadersLie_StopsAtFiftyMiB()
    {
        // The main part unpacks to 51 MiB of blanks inside the body, while its headers claim 2 KiB.
        var profile = Profile();
        var bomb = ProfileEditing.Edit(profile, _ => { });
        using var stream = new MemoryStream();
        stream.Write(bomb);
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Update, leaveOpen: true))
        {
            zip.GetEntry("word/document.xml")!.Delete();
            using var part = zip.CreateEntry("word/document.xml", CompressionLevel.SmallestSize).Open();
            part.Write("<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>"u8);
            var blanks = new byte[1024 * 1024];
            Array.Fill(blanks, (byte)' ');
            for (var i = 0; i < 51; i++)
            {
                part.Write(blanks);
            }

            part.Write("</w:body></w:document>"u8);
        }

        var lying = stream.ToArray();
        LieAboutSizes(lying, "word/document.xml"u8, 2048);
        var reading = ProfileReader.Read(ProfileUpload.Open(lying), TemplateFactory.Minimal(), ProfileEditing.German);

        Assert.Null(reading.Template);
        Assert.Contains(reading.Problems, p => p.MessageKey is "DocxTooLargeUnpacked" or "DocxBroken");
    }

    [Fact]
    public void Read_WordDocumentWithoutControls_NoControlsProblem()
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, DocumentFormat.OpenXml.WordprocessingDocumentType.Document))
        {
            document.AddMainDocumentPart().Document = new Document(new Body(new Paragraph(new Run(new Text("Nur Text, keine Felder.")))));
        }

        var upload = ProfileUpload.Open(stream.ToArray());
        var reading = ProfileReader.Read(upload, TemplateFactory.Minimal(), ProfileEditing.German);

        Assert.Null(upload.TemplateId);
        Assert.Null(reading.Template);
        Assert.Equal("DocxNoControls", Assert.Single(reading.Problems).MessageKey);
    }

    [Fact]
    public void Read_ProblemMessages_InTheUsersLanguage()
    {
        var error = new TemplateError("$", "DocxMacros");

        Assert.Contains("Makros", error.Message(ProfileEditing.German), StringComparison.Ordinal);
        Assert.Contains("macros", error.Message(ProfileEditing.English), StringComparison.Ordinal);
    }

    /// <summary>Overwrites the uncompressed size in the local and the central header of one entry.</summary>
    private static void LieAboutSizes(byte[] zip, ReadOnlySpan<byte> name, uint size)
    {
        for (var i = 0; i + 46 < zip.Length; i++)
        {
            if (zip[i] == 'P' && zip[i + 1] == 'K' && zip[i + 2] == 3 && zip[i + 3] == 4 && zip.AsSpan(i + 30, name.Length).SequenceEqual(name))
            {
                BitConverter.TryWriteBytes(zip.AsSpan(i + 22, 4), size);
            }
            else if (zip[i] == 'P' && zip[i + 1] == 'K' && zip[i + 2] == 1 && zip[i + 3] == 2 && zip.AsSpan(i + 46, Math.Min(name.Length, zip.Length - i - 46)).SequenceEqual(name))
            {
                BitConverter.TryWriteBytes(zip.AsSpan(i + 24, 4), size);
            }
        }
    }
}
