using System.Globalization;
using System.Resources;

namespace WfTeams.Core.Resources;

/// <summary>User-facing text: German by default, English for English cultures (Messages.en.resx).</summary>
public static class Messages
{
    private static readonly ResourceManager Resources = new("WfTeams.Core.Resources.Messages", typeof(Messages).Assembly);

    public static string Format(string key, CultureInfo? culture, params object?[] args)
    {
        culture ??= CultureInfo.CurrentUICulture;
        var text = Resources.GetString(key, culture) ?? throw new InvalidOperationException($"Message '{key}' is missing.");
        return args.Length == 0 ? text : string.Format(culture, text, args);
    }

    /// <summary>German unless the culture is English; the product's languages.</summary>
    public static CultureInfo Culture(string? name) =>
        name is not null && name.StartsWith("en", StringComparison.OrdinalIgnoreCase)
            ? CultureInfo.GetCultureInfo("en")
            : CultureInfo.GetCultureInfo("de");
}
