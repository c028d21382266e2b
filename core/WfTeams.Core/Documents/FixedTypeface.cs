using SkiaSharp;
using Svg.Skia.TypefaceProviders;

namespace WfTeams.Core.Documents;

/// <summary>
/// DejaVu Sans (regular and bold) for every font family an SVG names, read from its files: the Linux Skia build
/// without fontconfig finds no system fonts by name (its default typeface has no glyphs at all), and a picture must
/// not depend on the host's fonts anyway. Without DejaVu the first sans-serif TrueType font of the system's font
/// folders is taken; with none, <see cref="Found"/> is false and pictures have no text.
/// </summary>
internal sealed class FixedTypeface : ITypefaceProvider
{
    private readonly SKTypeface _regular;
    private readonly SKTypeface _bold;

    private FixedTypeface(SKTypeface regular, SKTypeface bold, bool found)
    {
        _regular = regular;
        _bold = bold;
        Found = found;
    }

    public bool Found { get; }

    /// <summary>The system folders searched when DejaVu is not in its place (Debian, other Linux, Windows, macOS).</summary>
    public static readonly string[] FontFolders =
        ["/usr/share/fonts", "/usr/local/share/fonts", Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.Windows), "Fonts"), "/System/Library/Fonts", "/Library/Fonts"];

    /// <param name="dejaVu">The folder of DejaVuSans.ttf and DejaVuSans-Bold.ttf.</param>
    /// <param name="fontFolders">Where to look for another font without them.</param>
    public static FixedTypeface Load(string dejaVu, IEnumerable<string> fontFolders)
    {
        var regular = FromFile(Path.Combine(dejaVu, "DejaVuSans.ttf"));
        if (regular is not null)
        {
            return new FixedTypeface(regular, FromFile(Path.Combine(dejaVu, "DejaVuSans-Bold.ttf")) ?? regular, found: true);
        }

        var other = fontFolders.Where(f => f.Length > 0 && Directory.Exists(f))
            .SelectMany(f => Directory.EnumerateFiles(f, "*.ttf", new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true }))
            .Where(f => Path.GetFileNameWithoutExtension(f).Contains("Sans", StringComparison.OrdinalIgnoreCase) || Path.GetFileName(f).StartsWith("arial", StringComparison.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal)
            .Select(FromFile)
            .FirstOrDefault(t => t is not null && t.GlyphCount > 0);
        return other is null
            ? new FixedTypeface(SKTypeface.Default, SKTypeface.Default, found: false)
            : new FixedTypeface(other, other, found: true);
    }

    public SKTypeface? FromFamilyName(string fontFamily, SKFontStyleWeight fontWeight, SKFontStyleWidth fontWidth, SKFontStyleSlant fontStyle) =>
        fontWeight >= SKFontStyleWeight.SemiBold ? _bold : _regular;

    private static SKTypeface? FromFile(string path) => File.Exists(path) ? SKTypeface.FromFile(path) : null;
}
