using System.Text.Json;
using WfTeams.Core.Modelling;
using WfTeams.Testing;

namespace WfTeams.Core.Tests.Modelling;

/// <summary>
/// Our export read by the reference BPMN meta-model (bpmn-moddle, what bpmn.io and Camunda Modeler use) without a
/// warning, and clean under bpmnlint's recommended rules (labels, conditions on splits, explicit joins, DI for all).
/// </summary>
public sealed class BpmnLintTests
{
    [Fact]
    public async Task Export_SamplesAndImportedFixtures_ModdleWithoutWarningsAndLintClean()
    {
        var folder = ModellingSamples.Artifacts();
        var files = new List<string>();
        foreach (var name in ModellingSamples.Names)
        {
            var file = Path.Combine(folder, name + ".bpmn");
            await File.WriteAllBytesAsync(file, BpmnExport.Write(await ModellingSamples.LoadAsync(name)));
            files.Add(file);
        }

        // Processes from other tools, once imported, export as cleanly as our own.
        foreach (var fixture in new[] { "camunda-foerderantrag.bpmn", "signavio-bestandspflege.bpmn" })
        {
            var imported = BpmnImport.Read(await File.ReadAllBytesAsync(ModellingSamples.Fixture(fixture)), fixture).Template;
            var file = Path.Combine(folder, "imported-" + fixture);
            await File.WriteAllBytesAsync(file, BpmnExport.Write(imported));
            files.Add(file);
        }

        var results = await LintAsync(files);

        Assert.Equal(files.Count, results.Count);
        foreach (var result in results)
        {
            Assert.Empty(result.Warnings);
            Assert.Empty(result.Reports.Select(r => $"{Path.GetFileName(result.File)}: {r.Rule} {r.Id}: {r.Message}"));
        }
    }

    [Fact]
    public async Task Lint_ModelWithImplicitSplitAndMissingLabel_Reported()
    {
        // Guards the runner: a model that breaks rules must produce reports, or the test above proves nothing.
        var file = Path.Combine(ModellingSamples.Artifacts(), "broken.bpmn");
        await File.WriteAllTextAsync(file, """
            <?xml version="1.0" encoding="UTF-8"?>
            <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" id="d" targetNamespace="urn:x">
              <bpmn:process id="p" isExecutable="false">
                <bpmn:startEvent id="s"/>
                <bpmn:task id="t"/>
                <bpmn:sequenceFlow id="f" sourceRef="s" targetRef="t"/>
                <bpmn:unknownThing id="u"/>
              </bpmn:process>
            </bpmn:definitions>
            """);

        var result = Assert.Single(await LintAsync([file]));

        Assert.NotEmpty(result.Warnings);
        Assert.Contains(result.Reports, r => r.Rule == "label-required" && r.Id == "t");
        Assert.Contains(result.Reports, r => r.Rule == "end-event-required");
    }

    internal sealed record LintReport(string Rule, string Id, string Message, string Category);

    internal sealed record LintResult(string File, IReadOnlyList<string> Warnings, IReadOnlyList<LintReport> Reports);

    internal static async Task<IReadOnlyList<LintResult>> LintAsync(IEnumerable<string> files)
    {
        var run = await NodeScript.RunAsync("bpmn-lint.cjs", files);
        Assert.True(run.ExitCode == 0, run.Error);
        return JsonSerializer.Deserialize<List<LintResult>>(run.Output, JsonSerializerOptions.Web)!;
    }
}
