using System.Text.Json;
using WfTeams.Core.Modelling;
using WfTeams.Testing;

namespace WfTeams.Core.Tests.Modelling;

/// <summary>
/// The exported samples opened in bpmn-js (the viewer of bpmn.io and Camunda Modeler) in headless Chromium:
/// imported without a warning, every step drawn with its title, laid out (no two shapes on one spot).
/// Screenshots are kept in artifacts/bpmn.
/// </summary>
public sealed class BpmnRenderingTests
{
    public static TheoryData<string> Samples() => ["ansiedlung", "bestandskundenbetreuung"];

    private sealed record Shape(string Id, string Type, string Name, string Text, int X, int Y, int Width, int Height, bool Drawn);

    private sealed record Rendered(IReadOnlyList<string> Warnings, IReadOnlyList<Shape> Shapes);

    [Theory]
    [MemberData(nameof(Samples))]
    public async Task Export_RenderedByBpmnJs_EveryStepDrawnWithItsTitle(string name)
    {
        var template = await ModellingSamples.LoadAsync(name);
        var folder = ModellingSamples.Artifacts();
        var file = Path.Combine(folder, name + "-render.bpmn");
        var screenshot = Path.Combine(folder, name + "-bpmn-js.png");
        await File.WriteAllBytesAsync(file, BpmnExport.Write(template));
        File.Delete(screenshot);

        var run = await NodeScript.RunAsync("bpmn-render.cjs", [file, screenshot]);

        Assert.True(run.ExitCode == 0, run.Error);
        var rendered = JsonSerializer.Deserialize<Rendered>(run.Output, JsonSerializerOptions.Web)!;
        Assert.Empty(rendered.Warnings);
        foreach (var step in template.Steps)
        {
            var shape = Assert.Single(rendered.Shapes, s => s.Id == ProcessGraph.TaskId(step));
            Assert.True(shape.Drawn);
            Assert.Equal(Squeeze(step.Title), Squeeze(shape.Text));
        }

        var spots = rendered.Shapes.Select(s => (s.X, s.Y)).ToList();
        Assert.Equal(spots.Count, spots.Distinct().Count());
        Assert.True(new FileInfo(screenshot).Length > 10_000);
    }

    /// <summary>bpmn-js wraps titles into lines, breaking long words: compare without any white space.</summary>
    private static string Squeeze(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));
}
