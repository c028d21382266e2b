using System.Diagnostics;
using System.Text;
using WfTeams.Core.Documents;
using WfTeams.Testing;

namespace WfTeams.Core.Tests.Documents;

/// <summary>
/// LibreOffice opens every kind of generated profile and converts it to PDF (through
/// tools/render-docx.sh, the script for looking at profiles), and the PDF's text has the title and
/// every step name. Needs soffice and poppler-utils, which test.sh installs.
/// </summary>
public sealed class ProfileRenderingTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("wfteams-render-");

    public void Dispose() => _folder.Delete(recursive: true);

    [Fact]
    public async Task Render_EveryKindOfProfile_HasTitleAndEveryStepInThePdf()
    {
        var cases = new List<(string File, Core.Processes.ProcessTemplate Template)>();
        foreach (var (name, language, styled) in new[]
        {
            ("ansiedlung", "de", false), ("ansiedlung", "en", true), ("bestandskundenbetreuung", "de", true), ("bestandskundenbetreuung", "en", false),
            ("large", "de", false), ("hostile", "de", true), ("minimal", "en", false),
        })
        {
            var template = await ProfileDocumentTests.TemplateAsync(name);
            var file = Path.Combine(_folder.FullName, $"{name}-{language}-{(styled ? "design" : "plain")}.docx");
            await File.WriteAllBytesAsync(file, ProfileDocument.Create(template, ProfileDocumentTests.Options(language, styled)));
            cases.Add((file, template));
        }

        var output = Path.Combine(_folder.FullName, "out");
        await RunAsync("bash", [Path.Combine(Azurite.RepositoryRoot(), "tools", "render-docx.sh"), output, .. cases.Select(c => c.File)], environment: ("RESOLUTION", "20"));

        foreach (var (file, template) in cases)
        {
            var pdf = Path.Combine(output, Path.GetFileNameWithoutExtension(file) + ".pdf");
            var text = Normal(await RunAsync("pdftotext", [pdf, "-"]));
            Assert.Contains(Normal(template.Name), text);
            foreach (var step in template.Steps)
            {
                Assert.True(text.Contains(Normal(step.Title), StringComparison.Ordinal), $"{Path.GetFileName(pdf)}: no step \"{step.Title}\"");
            }
        }
    }

    /// <summary>Text as compared: without whitespace, hyphens and what XML cannot hold (line breaks fall anywhere in a table cell).</summary>
    internal static string Normal(string text) => new([.. XmlTextForTests(text).Where(c => !char.IsWhiteSpace(c) && c is not ('-' or '\u00AD' or '\u2010'))]);

    private static string XmlTextForTests(string text) => new([.. text.Where((c, i) => c >= 0x20 && c != '\uFFFE' && c != '\uFFFF' &&
        (!char.IsSurrogate(c) || (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])) || (char.IsLowSurrogate(c) && i > 0 && char.IsHighSurrogate(text[i - 1]))))]);

    internal static async Task<string> RunAsync(string program, string[] arguments, (string Name, string Value)? environment = null)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, StandardOutputEncoding = Encoding.UTF8 };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        if (environment is { } variable)
        {
            start.Environment[variable.Name] = variable.Value;
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(5));
        await process.WaitForExitAsync(timeout.Token);
        Assert.True(process.ExitCode == 0, $"{program} {string.Join(' ', arguments)}: exit {process.ExitCode}\n{await error}");
        return await output;
    }
}
