using System.Diagnostics;
using WfTeams.Core.Documents;
using WfTeams.Testing;

namespace WfTeams.Core.Tests.Documents;

/// <summary>A profile edited and saved by a real third-party editor: LibreOffice keeps the controls and their titles but drops their tags.</summary>
public sealed class ProfileLibreOfficeTests
{
    [Fact]
    public async Task Read_ProfileEditedInLibreOffice_ExactlyThoseChangesAlthoughTagsAreGone()
    {
        var template = await ProfileDocumentTests.TemplateAsync("ansiedlung");
        var folder = Directory.CreateTempSubdirectory("wf-lo-");
        try
        {
            var source = Path.Combine(folder.FullName, "profil.docx");
            var edited = Path.Combine(folder.FullName, "profil-lo.docx");
            await File.WriteAllBytesAsync(source, ProfileDocument.Create(template, ProfileDocumentTests.Options("de", styled: false)));

            var (code, error) = await RunAsync(
                source, edited,
                "schnell, verbindlich und aus einer Hand", "zügig und aus einer Hand",
                "mind. 60 qualifizierte Anfragen", "mind. 75 qualifizierte Anfragen");
            Assert.True(code == 0, $"libreoffice-edit.py failed ({code}): {error}");
            var docx = await File.ReadAllBytesAsync(edited);
            Assert.DoesNotContain("w:tag", ProfileInspection.BodyXml(docx), StringComparison.Ordinal);

            var reading = ProfileEditing.Read(docx, template);

            Assert.Empty(reading.Problems);
            Assert.Equal(["goal", "kpis[0].target"], reading.Changes.Select(c => c.Path).Order(StringComparer.Ordinal));
            Assert.Equal(template.Goal.Replace("schnell, verbindlich und aus einer Hand", "zügig und aus einer Hand", StringComparison.Ordinal), reading.Template!.Goal);
            Assert.Equal("mind. 75 qualifizierte Anfragen pro Jahr", reading.Template.Kpis[0].Target);
            Assert.True(reading.Notices.Count == 0, string.Join("\n", reading.Notices));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private static async Task<(int Code, string Error)> RunAsync(params string[] args)
    {
        Assert.True(File.Exists("/usr/bin/soffice"), "LibreOffice (soffice) is missing: apt-get install -y --no-install-recommends libreoffice-writer-nogui python3-uno");
        var script = Path.Combine(Azurite.RepositoryRoot(), "tests", "WfTeams.Core.Tests", "Documents", "libreoffice-edit.py");
        var start = new ProcessStartInfo("/usr/bin/python3") { RedirectStandardError = true, RedirectStandardOutput = true };
        start.ArgumentList.Add(script);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await error);
    }
}
