using SkiaSharp;
using Svg.Skia;

namespace WfTeams.Core.Documents;

/// <summary>
/// Our own SVG pictures (the process diagram, the figures' charts) as PNG, for the places that cannot show SVG:
/// an Adaptive Card image in Teams, a picture in Word. Text is drawn in DejaVu Sans, whatever family the SVG names,
/// so the picture looks the same on every host; a host without DejaVu draws with Skia's default typeface.
/// Only for SVG we wrote ourselves: the renderer is not hardened against hostile files.
/// </summary>
public static class SvgPng
{
    public const string ContentType = "image/png";

    /// <summary>The longest side of a picture; a larger diagram is scaled down to it (a 500-step flow is ~90,000 px wide).</summary>
    public const int MaxSide = 8192;

    /// <summary>The most pixels of a picture (64 MB of RGBA); a larger one is scaled down to it.</summary>
    public const int MaxPixels = 16_777_216;

    private const string FontFolder = "/usr/share/fonts/truetype/dejavu";

    private static readonly Lazy<FixedTypeface> Typeface = new(() => FixedTypeface.Load(FontFolder));

    /// <summary>True when DejaVu Sans was found; otherwise text is drawn with Skia's default typeface.</summary>
    public static bool HasDejaVu => Typeface.Value.Found;

    /// <summary>The PNG of an SVG at <paramref name="scale"/> (2 for sharp pictures on high-density screens), within <see cref="MaxSide"/> and <see cref="MaxPixels"/>.</summary>
    /// <exception cref="ArgumentException">The bytes are not an SVG with a size.</exception>
    public static byte[] Render(byte[] svg, float scale = 1)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(scale);
        using var document = new SKSvg();
        document.Settings.TypefaceProviders = [Typeface.Value];
        using (var stream = new MemoryStream(svg, writable: false))
        {
            document.Load(stream);
        }

        var picture = document.Picture ?? throw new ArgumentException("The SVG could not be read.", nameof(svg));
        var bounds = picture.CullRect;
        if (bounds.Width < 1 || bounds.Height < 1)
        {
            throw new ArgumentException("The SVG has no size.", nameof(svg));
        }

        var size = Fit(bounds.Width, bounds.Height, scale);
        var info = new SKImageInfo(size.Width, size.Height, SKColorType.Rgba8888, SKAlphaType.Premul);
        using var surface = SKSurface.Create(info);
        var canvas = surface.Canvas;
        canvas.Clear(SKColors.White);
        canvas.Scale(size.Scale);
        canvas.Translate(-bounds.Left, -bounds.Top);
        canvas.DrawPicture(picture);
        using var image = surface.Snapshot();
        using var png = image.Encode(SKEncodedImageFormat.Png, 100);
        return png.ToArray();
    }

    /// <summary>The pixel size at the scale asked for, the scale lowered until the picture fits the limits.</summary>
    internal static (int Width, int Height, float Scale) Fit(float width, float height, float scale)
    {
        var fitted = Math.Min(scale, MaxSide / Math.Max(width, height));
        var pixels = (double)width * height * fitted * fitted;
        if (pixels > MaxPixels)
        {
            fitted = (float)(fitted * Math.Sqrt(MaxPixels / pixels));
        }

        // Rounded down, so the limits hold; our SVGs have whole-pixel sizes, so nothing is lost at scales 1 and 2.
        return (Math.Max(1, (int)(width * fitted)), Math.Max(1, (int)(height * fitted)), fitted);
    }
}
