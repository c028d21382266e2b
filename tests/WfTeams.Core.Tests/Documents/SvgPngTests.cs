using System.Text;
using SkiaSharp;
using WfTeams.Core.Documents;
using WfTeams.Core.Modelling;
using WfTeams.Core.Tests.Modelling;

namespace WfTeams.Core.Tests.Documents;

public sealed class SvgPngTests
{
    [Fact]
    public void Render_Text_DrawsGlyphsWhateverFamilyTheSvgNames()
    {
        const string svg = """
            <svg xmlns="http://www.w3.org/2000/svg" width="200" height="50">
              <text x="10" y="32" font-family="Segoe UI, Arial, sans-serif" font-size="20" fill="#1f2937">Antrag prüfen</text>
            </svg>
            """;
        const string empty = """<svg xmlns="http://www.w3.org/2000/svg" width="200" height="50"><text x="10" y="32" font-size="20"></text></svg>""";

        using var text = Decode(SvgPng.Render(Encoding.UTF8.GetBytes(svg)));
        using var none = Decode(SvgPng.Render(Encoding.UTF8.GetBytes(empty)));

        Assert.Equal((200, 50), (text.Width, text.Height));
        Assert.True(Dark(text, new DiagramBox(0, 0, 200, 50)) > 150, $"{Dark(text, new DiagramBox(0, 0, 200, 50))} dark pixels");
        Assert.Equal(0, Dark(none, new DiagramBox(0, 0, 200, 50)));
    }

    [Theory]
    [InlineData("ansiedlung")]
    [InlineData("bestandskundenbetreuung")]
    public async Task Render_Diagram_PictureOfTheSvgsSizeWithTextInEveryStepBox(string name)
    {
        var template = await ModellingSamples.LoadAsync(name);
        var layout = ProcessLayout.Compute(ProcessGraph.From(template));

        var png = SvgPng.Render(DiagramSvg.Write(layout, template.Name), scale: 2);
        await File.WriteAllBytesAsync(Path.Combine(ModellingSamples.Artifacts(), name + ".png"), png);
        using var bitmap = Decode(png);

        Assert.Equal((layout.Width * 2, layout.Height * 2), (bitmap.Width, bitmap.Height));
        for (var i = 0; i < layout.Graph.Nodes.Count; i++)
        {
            if (layout.Graph.Nodes[i].Kind == FlowNodeKind.Task)
            {
                // Inside the border: only the title's glyphs are dark there.
                var box = layout.Nodes[i];
                var inside = new DiagramBox(box.X * 2 + 8, box.Y * 2 + 8, box.Width * 2 - 16, box.Height * 2 - 16);
                Assert.True(Dark(bitmap, inside) > 100, $"{layout.Graph.Nodes[i].Name}: {Dark(bitmap, inside)} dark pixels");
            }
        }
    }

    [Fact]
    public async Task Render_HugeDiagram_ScaledDownToTheLimits()
    {
        var template = await ModellingSamples.LoadAsync("large");
        var svg = DiagramSvg.Write(template);

        using var bitmap = Decode(SvgPng.Render(svg, scale: 4));

        Assert.True(Math.Max(bitmap.Width, bitmap.Height) <= SvgPng.MaxSide, $"{bitmap.Width}×{bitmap.Height}");
        Assert.True((long)bitmap.Width * bitmap.Height <= SvgPng.MaxPixels, $"{bitmap.Width}×{bitmap.Height}");
    }

    [Theory]
    [InlineData(90_000, 600, 2)]
    [InlineData(5_000, 5_000, 1)]
    [InlineData(8_191.5f, 4_095.7f, 1)]
    public void Fit_AnySize_WithinTheLimits(float width, float height, float scale)
    {
        var (w, h, fitted) = SvgPng.Fit(width, height, scale);

        Assert.InRange(Math.Max(w, h), 1, SvgPng.MaxSide);
        Assert.InRange((long)w * h, 1, SvgPng.MaxPixels);
        Assert.True(fitted < scale);
    }

    [Fact]
    public void Render_NotSvg_Refused()
    {
        Assert.ThrowsAny<Exception>(() => SvgPng.Render("not svg"u8.ToArray()));
    }

    private static SKBitmap Decode(byte[] png)
    {
        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], png[..4]);
        return SKBitmap.Decode(png) ?? throw new InvalidOperationException("not a PNG");
    }

    /// <summary>Pixels darker than mid-grey: ink, not the light fills of lanes and shapes.</summary>
    private static int Dark(SKBitmap bitmap, DiagramBox box)
    {
        var count = 0;
        for (var y = Math.Max(0, box.Y); y < Math.Min(bitmap.Height, box.Bottom); y++)
        {
            for (var x = Math.Max(0, box.X); x < Math.Min(bitmap.Width, box.Right); x++)
            {
                var c = bitmap.GetPixel(x, y);
                if (c.Red * 299 + c.Green * 587 + c.Blue * 114 < 128_000)
                {
                    count++;
                }
            }
        }

        return count;
    }
}
