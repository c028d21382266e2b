using SkiaSharp;
using Svg.Skia.TypefaceProviders;

namespace WfTeams.Core.Documents;

/// <summary>
/// DejaVu Sans (regular and bold) for every font family an SVG names, read from its files: the Linux Skia build
/// without fontconfig finds no system fonts by name, and a picture must not depend on the host's fonts anyway.
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

    public static FixedTypeface Load(string folder)
    {
        var regular = FromFile(Path.Combine(folder, "DejaVuSans.ttf"));
        var bold = FromFile(Path.Combine(folder, "DejaVuSans-Bold.ttf"));
        return regular is null
            ? new FixedTypeface(SKTypeface.Default, SKTypeface.Default, found: false)
            : new FixedTypeface(regular, bold ?? regular, found: true);
    }

    public SKTypeface? FromFamilyName(string fontFamily, SKFontStyleWeight fontWeight, SKFontStyleWidth fontWidth, SKFontStyleSlant fontStyle) =>
        fontWeight >= SKFontStyleWeight.SemiBold ? _bold : _regular;

    private static SKTypeface? FromFile(string path) => File.Exists(path) ? SKTypeface.FromFile(path) : null;
}
