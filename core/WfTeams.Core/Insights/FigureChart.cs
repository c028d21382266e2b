using System.Globalization;
using System.Text;
using System.Xml;
using WfTeams.Core.Resources;

namespace WfTeams.Core.Insights;

/// <summary>
/// The figures' chart as SVG: per step (in process order) a bar of the median time the step was current, the p90 as a
/// lighter bar behind it, the values beside them. Self-contained (no scripts, no references, one font family), so the
/// host can rasterise it for a card and the quality report can embed it as a picture. At most <see cref="MaxSteps"/>
/// steps: the slowest, still in process order.
/// </summary>
public static class FigureChart
{
    public const int MaxSteps = 15;
    public const int Width = 640;

    private const int Top = 34;
    private const int Row = 24;
    private const int LabelWidth = 210;
    private const int BarWidth = 300;
    private const string Font = "DejaVu Sans, Arial, sans-serif";

    private static readonly XmlWriterSettings Settings = new()
    {
        Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
        OmitXmlDeclaration = true,
    };

    /// <summary>The steps the chart shows: those with a measured time, the slowest <see cref="MaxSteps"/>, in process order.</summary>
    public static IReadOnlyList<StepFigure> Steps(ProcessFigures figures)
    {
        var measured = figures.Steps.Where(s => s.MedianCurrent is not null).ToList();
        var kept = figures.Slowest(MaxSteps).Select(s => s.StepId).ToHashSet(StringComparer.Ordinal);
        return measured.Where(s => kept.Contains(s.StepId)).ToList();
    }

    public static int Height(ProcessFigures figures) => Top + (Math.Max(1, Steps(figures).Count) * Row) + 16;

    public static byte[] Svg(ProcessFigures figures, CultureInfo culture)
    {
        var steps = Steps(figures);
        var height = Height(figures);
        var longest = steps.Count == 0 ? 1 : Math.Max(1e-9, steps.Max(s => (s.P90Current ?? s.MedianCurrent)!.Value.TotalHours));
        using var stream = new MemoryStream();
        using (var svg = XmlWriter.Create(stream, Settings))
        {
            svg.WriteStartElement("svg", "http://www.w3.org/2000/svg");
            svg.WriteAttributeString("width", N(Width));
            svg.WriteAttributeString("height", N(height));
            svg.WriteAttributeString("viewBox", $"0 0 {N(Width)} {N(height)}");
            svg.WriteAttributeString("font-family", Font);
            svg.WriteAttributeString("font-size", "11");
            Element(svg, "rect", null, ("x", "0"), ("y", "0"), ("width", N(Width)), ("height", N(height)), ("fill", "#ffffff"));
            Element(svg, "text", Messages.Format("ChartTitle", culture), ("x", "8"), ("y", "18"), ("font-size", "13"), ("font-weight", "bold"), ("fill", "#1f2937"));
            if (steps.Count == 0)
            {
                Element(svg, "text", Messages.Format("ChartNoSteps", culture), ("x", "8"), ("y", N(Top + 14)), ("fill", "#6b7280"));
            }

            for (var i = 0; i < steps.Count; i++)
            {
                var step = steps[i];
                var y = Top + (i * Row);
                var median = step.MedianCurrent!.Value.TotalHours;
                var p90 = (step.P90Current ?? step.MedianCurrent)!.Value.TotalHours;
                Element(svg, "text", Clip(Clean(step.Title), 34), ("x", "8"), ("y", N(y + 15)), ("fill", "#1f2937"));
                Element(svg, "rect", null, ("x", N(LabelWidth)), ("y", N(y + 4)), ("width", N(Math.Max(2, BarWidth * p90 / longest))), ("height", "14"), ("fill", "#c7d7f0"));
                Element(svg, "rect", null, ("x", N(LabelWidth)), ("y", N(y + 4)), ("width", N(Math.Max(2, BarWidth * median / longest))), ("height", "14"),
                    ("fill", step.OverdueRate > 0.25 ? "#c0392b" : "#2b5797"));
                Element(svg, "text", Messages.Format("ChartValue", culture, Hours(median, culture), Hours(p90, culture)), ("x", N(LabelWidth + BarWidth + 8)), ("y", N(y + 15)), ("fill", "#374151"));
            }

            svg.WriteEndElement();
        }

        return stream.ToArray();
    }

    private static string Hours(double hours, CultureInfo culture) =>
        hours < 48 ? Messages.Format("FiguresHours", culture, Math.Round(hours, 0)) : Messages.Format("FiguresDays", culture, Math.Round(hours / 24, 1));

    private static void Element(XmlWriter svg, string name, string? text, params (string Name, string Value)[] attributes)
    {
        svg.WriteStartElement(name);
        foreach (var (key, value) in attributes)
        {
            svg.WriteAttributeString(key, value);
        }

        if (text is not null)
        {
            svg.WriteString(text);
        }

        svg.WriteEndElement();
    }

    private static string Clip(string text, int length) => text.Length <= length ? text : text[..(length - 1)] + "…";

    /// <summary>What XML 1.0 can hold: no control characters, no lone surrogates.</summary>
    private static string Clean(string text)
    {
        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                builder.Append(c).Append(text[++i]);
            }
            else if (!char.IsSurrogate(c) && (c >= 0x20 || c is '\t') && c is not ('\uFFFE' or '\uFFFF'))
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    private static string N(double value) => Math.Round(value, 1).ToString(CultureInfo.InvariantCulture);
}
