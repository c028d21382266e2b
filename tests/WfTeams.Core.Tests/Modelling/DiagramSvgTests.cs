using System.Text;
using System.Xml.Linq;
using WfTeams.Core.Modelling;

namespace WfTeams.Core.Tests.Modelling;

public sealed class DiagramSvgTests
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    [Theory]
    [InlineData("ansiedlung")]
    [InlineData("bestandskundenbetreuung")]
    public async Task Svg_Sample_ABoxPerStepWithItsTitleAndALanePerRole(string name)
    {
        var template = await ModellingSamples.LoadAsync(name);

        var bytes = DiagramSvg.Write(template);
        await File.WriteAllBytesAsync(Path.Combine(ModellingSamples.Artifacts(), name + ".svg"), bytes);
        var svg = XDocument.Parse(Encoding.UTF8.GetString(bytes)).Root!;

        Assert.Equal(Svg + "svg", svg.Name);
        foreach (var step in template.Steps)
        {
            // Up to four lines of a box; long words broken with U+2010, a longer title cut with an ellipsis.
            var box = Assert.Single(svg.Elements(Svg + "g"), g => (string?)g.Attribute("id") == ProcessGraph.TaskId(step));
            var shown = Squeeze(string.Concat(box.Elements(Svg + "text").Select(t => t.Value)).Replace("\u2010", "", StringComparison.Ordinal));
            Assert.StartsWith(shown.TrimEnd('…'), Squeeze(step.Title), StringComparison.Ordinal);
            Assert.True(shown.EndsWith('…') || shown == Squeeze(step.Title), shown);
        }

        foreach (var role in template.Steps.Select(s => s.Responsible).Distinct())
        {
            Assert.Contains(svg.Descendants(Svg + "text"), t => role.StartsWith(t.Value.TrimEnd('…'), StringComparison.Ordinal));
        }
    }

    [Fact]
    public async Task Svg_Anything_NoScriptsNoLinksNoForeignContent()
    {
        var bytes = DiagramSvg.Write(await ModellingSamples.LoadAsync("hostile"));
        var svg = XDocument.Parse(Encoding.UTF8.GetString(bytes)).Root!;

        Assert.DoesNotContain(svg.DescendantsAndSelf(), e => e.Name.LocalName is "script" or "a" or "foreignObject" or "image" or "use");
        Assert.DoesNotContain(svg.DescendantsAndSelf().Attributes(), a => a.Name.LocalName.StartsWith("on", StringComparison.Ordinal) || a.Name.LocalName == "href");
    }

    private static string Squeeze(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));
}
