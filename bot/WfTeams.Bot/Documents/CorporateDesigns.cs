using System.Collections.Concurrent;
using WfTeams.Core.Documents;

namespace WfTeams.Bot.Documents;

/// <summary>
/// The configured style file, read and checked once and again only when it changes on disk, so
/// a profile request does not parse the organisation's template every time.
/// </summary>
public sealed class CorporateDesigns
{
    private readonly ConcurrentDictionary<string, (DateTime Written, long Length, CorporateDesign Design)> _loaded = new(StringComparer.Ordinal);

    /// <exception cref="Core.Processes.InvalidTemplateException">The file is missing or not a Word document.</exception>
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
