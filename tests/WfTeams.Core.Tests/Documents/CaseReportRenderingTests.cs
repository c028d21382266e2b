using WfTeams.Core.Documents;
using WfTeams.Core.Processes;
using WfTeams.Core.Runs;
using WfTeams.Testing;
using static WfTeams.Core.Tests.Documents.ProfileRenderingTests;

namespace WfTeams.Core.Tests.Documents;

/// <summary>LibreOffice opens case reports and converts them to PDF; the PDF's text has the subject and every step the case went through.</summary>
public sealed class CaseReportRenderingTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("wfteams-report-render-");

    public void Dispose() => _folder.Delete(recursive: true);

    [Fact]
    public async Task Render_CaseReports_HaveSubjectAndEveryWalkedStepInThePdf()
    {
        var ansiedlung = await CaseFactory.SampleAsync("ansiedlung");
        var hostile = HostileTemplates.Everything();
        var cases = new List<(string File, CaseState State, ProcessTemplate Template)>();
        foreach (var (name, template, kind, language, styled) in new[]
        {
            ("ansiedlung-finished", ansiedlung, "finished", "de", false), ("ansiedlung-cancelled", ansiedlung, "cancelled", "en", true),
            ("hostile-finished", hostile, "finished", "de", true),
        })
        {
            var state = CaseReportDocumentTests.Case(template, kind);
            var file = Path.Combine(_folder.FullName, $"{name}-{language}.docx");
            await File.WriteAllBytesAsync(file, CaseReportDocument.Create(state, template, ProfileDocumentTests.Options(language, styled)));
            cases.Add((file, state, template));
        }

        var output = Path.Combine(_folder.FullName, "out");
        await RunAsync("bash", [Path.Combine(Azurite.RepositoryRoot(), "tools", "render-docx.sh"), output, .. cases.Select(c => c.File)], environment: ("RESOLUTION", "20"));

        foreach (var (file, state, template) in cases)
        {
            var pdf = Path.Combine(output, Path.GetFileNameWithoutExtension(file) + ".pdf");
            var text = Normal(await RunAsync("pdftotext", [pdf, "-"]));
            Assert.Contains(Normal(state.Subject), text);
            var walked = CaseReport.Of(state, template).Steps.Where(l => l.Outcome is CaseReport.StepOutcome.Completed or CaseReport.StepOutcome.Skipped).ToList();
            Assert.NotEmpty(walked);
            foreach (var line in walked)
            {
                Assert.True(text.Contains(Normal(line.Step.Title), StringComparison.Ordinal), $"{Path.GetFileName(pdf)}: no step \"{line.Step.Title}\"");
            }
        }
    }
}
