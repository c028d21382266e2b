using System.IO.Compression;
using WfTeams.Core.Documents;
using WfTeams.Core.Processes;

namespace WfTeams.Core.Tests.Documents;

public sealed class CorporateDesignTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("wfteams-design-");

    public void Dispose() => _folder.Delete(recursive: true);

    private string Write(string name, byte[] content)
    {
        var path = Path.Combine(_folder.FullName, name);
        File.WriteAllBytes(path, content);
        return path;
    }

    [Fact]
    public async Task Load_ATemplateFile_Succeeds()
    {
        var design = await CorporateDesign.LoadAsync(Write("haus.dotx", DesignFiles.Template()));

        Assert.EndsWith("haus.dotx", design.Origin);
    }

    [Fact]
    public async Task Load_MissingFile_SaysNotFound()
    {
        var path = Path.Combine(_folder.FullName, "fehlt.dotx");

        var error = await Assert.ThrowsAsync<InvalidTemplateException>(() => CorporateDesign.LoadAsync(path));

        Assert.Equal(path, error.Origin);
        Assert.Equal(("$", "StyleFileNotFound"), (error.Errors[0].Path, error.Errors[0].MessageKey));
        Assert.Equal("Vorlagendatei für das Layout nicht gefunden", error.Errors[0].Message(System.Globalization.CultureInfo.GetCultureInfo("de")));
    }

    public static TheoryData<string, byte[]> NotWord() => new()
    {
        { "text.dotx", "Das ist keine Word-Datei."u8.ToArray() },
        { "empty.dotx", [] },
        { "other.zip", Zip("hallo.txt", "Hallo") },
        { "broken-styles.docx", Broken() },
        { "truncated.dotx", DesignFiles.Template()[..400] },
    };

    [Theory]
    [MemberData(nameof(NotWord))]
    public async Task Load_NotAWordDocument_SaysSoWithoutThrowingAnythingElse(string name, byte[] content)
    {
        var error = await Assert.ThrowsAsync<InvalidTemplateException>(() => CorporateDesign.LoadAsync(Write(name, content)));

        Assert.Equal("StyleFileNotWord", Assert.Single(error.Errors).MessageKey);
    }

    [Fact]
    public void FromBytes_TooLarge_SaysHowLarge()
    {
        var error = Assert.Throws<InvalidTemplateException>(() => CorporateDesign.FromBytes(new byte[CorporateDesign.MaxBytes + 1], "gross.dotx"));

        Assert.Equal("StyleFileTooLarge", Assert.Single(error.Errors).MessageKey);
    }

    private static byte[] Zip(string name, string content)
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var writer = new StreamWriter(zip.CreateEntry(name).Open());
            writer.Write(content);
        }

        return stream.ToArray();
    }

    /// <summary>A real template whose styles part is not XML.</summary>
    private static byte[] Broken()
    {
        using var stream = new MemoryStream();
        stream.Write(DesignFiles.Template());
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Update, leaveOpen: true))
        {
            var entry = zip.Entries.Single(e => e.FullName.EndsWith("styles.xml", StringComparison.Ordinal) || e.FullName.Contains("styles", StringComparison.Ordinal));
            var name = entry.FullName;
            entry.Delete();
            using var writer = new StreamWriter(zip.CreateEntry(name).Open());
            writer.Write("<w:styles kaputt");
        }

        return stream.ToArray();
    }
}
