using WfTeams.Core.Processes;

namespace WfTeams.Core.Storage;

/// <summary>
/// A template JSON file on disk, read and checked completely: size, syntax, structure, rules, storage fit.
/// Lives beside the store because the last check is whether the store would take it.
/// </summary>
public static class TemplateFile
{
    public static async Task<(ProcessTemplate? Template, IReadOnlyList<TemplateError> Errors)> LoadAsync(string path, CancellationToken cancellationToken = default)
    {
        byte[] bytes;
        try
        {
            var info = new FileInfo(path);
            if (!info.Exists)
            {
                return (null, [new TemplateError("$", "FileNotFound")]);
            }

            if (info.Length > TemplateLimits.FileBytes)
            {
                return (null, [new TemplateError("$", "FileTooLarge", info.Length, TemplateLimits.FileBytes)]);
            }

            bytes = await File.ReadAllBytesAsync(path, cancellationToken);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return (null, [new TemplateError("$", "FileUnreadable", ex.Message)]);
        }

        return Check(bytes);
    }

    /// <summary>Everything a store would refuse, found before anything is stored.</summary>
    public static (ProcessTemplate? Template, IReadOnlyList<TemplateError> Errors) Check(ReadOnlyMemory<byte> utf8)
    {
        var (template, errors) = TemplateJson.Parse(utf8);
        if (template is null)
        {
            return (null, errors);
        }

        var all = TemplateValidator.Validate(template).ToList();
        if (all.Count == 0 && TemplateBody.CheckFits(TemplateBody.Encode(template)) is { } tooLarge)
        {
            all.Add(tooLarge);
        }

        return all.Count == 0 ? (template, all) : (null, all);
    }

    /// <summary>The JSON files a path names: the file itself, or a folder's *.json files in name order.</summary>
    public static IReadOnlyList<string> Expand(string path) =>
        Directory.Exists(path)
            ? Directory.EnumerateFiles(path, "*.json").Order(StringComparer.Ordinal).ToArray()
            : [path];
}
