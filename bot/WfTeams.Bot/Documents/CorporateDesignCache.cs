using System.Collections.Concurrent;
using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using WfTeams.Core.Documents;
using WfTeams.Core.Processes;

namespace WfTeams.Bot.Documents;

/// <summary>
/// The deployment's corporate design (<c>Profile:*</c>) for every Word document the host writes, cached:
/// the style file is read and checked once and again only when it changes on disk, so a request does
/// not parse the organisation's template every time.
/// </summary>
public sealed class CorporateDesignCache(IOptions<CorporateDesignOptions> settings)
{
    private readonly ConcurrentDictionary<string, (DateTime Written, long Length, CorporateDesign Design)> _loaded = new(StringComparer.Ordinal);

    /// <summary>The options for a document in <paramref name="culture"/>, or the 500 naming a broken <c>Profile:StyleFile</c>.</summary>
    public async Task<(DocumentOptions? Options, ProblemHttpResult? Problem)> OptionsAsync(CultureInfo culture, CancellationToken cancellationToken)
    {
        CorporateDesign? design = null;
        if (settings.Value.StyleFile is { Length: > 0 } styleFile)
        {
            try
            {
                design = await GetAsync(styleFile, cancellationToken);
            }
            catch (InvalidTemplateException ex)
            {
                // A deployment's broken style file is the operator's error, not the caller's.
                return (null, TypedResults.Problem($"Profile:StyleFile {ex.Origin}: {ex.Errors[0].Message(culture)}", statusCode: StatusCodes.Status500InternalServerError));
            }
        }

        return (new DocumentOptions { Culture = culture, Organisation = settings.Value.Organisation, Design = design, Diagram = settings.Value.Diagram }, null);
    }

    /// <exception cref="InvalidTemplateException">The file is missing or not a Word document.</exception>
    public async Task<CorporateDesign> GetAsync(string path, CancellationToken cancellationToken = default)
    {
        var file = new FileInfo(path);
        if (file.Exists && _loaded.TryGetValue(path, out var known) && known.Written == file.LastWriteTimeUtc && known.Length == file.Length)
        {
            return known.Design;
        }

        var design = await CorporateDesign.LoadAsync(path, cancellationToken);
        if (file.Exists)
        {
            _loaded[path] = (file.LastWriteTimeUtc, file.Length, design);
        }

        return design;
    }
}
