using System.IO.Compression;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace WfTeams.Bot.Manifest;

/// <summary>
/// Builds the Teams app package (the zip an admin uploads) from a manifest folder: manifest.json
/// with the deployment's app id and host put in place of the placeholders, and every file it
/// names (icons, language files). Everything is checked before anything is written; the zip
/// appears whole or not at all.
/// </summary>
public static class TeamsAppPackage
{
    /// <summary>Stands for the app id in the shipped manifest: a GUID, so the file stays schema-valid.</summary>
    public const string PlaceholderAppId = "00000000-0000-0000-0000-000000000000";

    /// <summary>Stands for the host name in the shipped manifest (a reserved domain, RFC 2606).</summary>
    public const string PlaceholderHost = "wfteams.example.org";

    public const string ManifestFileName = "manifest.json";

    /// <summary>Per file; Teams' icons are a few KiB and its whole package must stay small.</summary>
    public const int MaxFileBytes = 1024 * 1024;

    /// <summary>The icons Teams knows and the square size it requires of each.</summary>
    private static readonly (string Property, int Size)[] Icons = [("color", 192), ("outline", 32), ("color32x32", 32)];

    private static readonly JsonSerializerOptions Output = new()
    {
        WriteIndented = true,
        // Umlauts stay readable; the file is never embedded in HTML.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Fixed entry times make the same input give the same bytes.</summary>
    private static readonly DateTimeOffset EntryTime = new(2000, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>The manifest folder shipped beside the binary (copied from the repository's manifest/teams).</summary>
    public static string DefaultSource => Path.Combine(AppContext.BaseDirectory, "manifest", "teams");

    /// <summary>Writes the package to <paramref name="outputPath"/> and returns the names of the files in it.</summary>
    /// <exception cref="InvalidManifestException">The folder or the output path is not usable; nothing was written.</exception>
    public static async Task<IReadOnlyList<string>> BuildAsync(string source, TeamsAppSettings settings, string outputPath, CancellationToken cancellationToken = default)
    {
        var entries = await ReadAsync(source, cancellationToken);

        var appId = settings.AppId.ToString("D");
        foreach (var (_, content) in entries)
        {
            if (content is JsonNode json)
            {
                Substitute(json, appId, settings.HostName);
            }
        }

        if (settings.Version is not null)
        {
            ((JsonNode)entries[0].Content)["version"] = settings.Version;
        }

        var full = Path.GetFullPath(outputPath);
        if (Directory.Exists(full) || !Directory.Exists(Path.GetDirectoryName(full)))
        {
            throw new InvalidManifestException([new ManifestError(outputPath, null, "ManifestOutputInvalid")]);
        }

        // Written beside the target and moved over it, so nobody ever sees half a package.
        var temporary = $"{full}.{Guid.NewGuid():N}.tmp";
        try
        {
            await using (var file = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, useAsync: true))
            {
                await using var zip = new ZipArchive(file, ZipArchiveMode.Create);
                foreach (var (name, content) in entries)
                {
                    var entry = zip.CreateEntry(name, CompressionLevel.Optimal);
                    entry.LastWriteTime = EntryTime;
                    await using var stream = await entry.OpenAsync(cancellationToken);
                    var bytes = content is JsonNode json ? JsonSerializer.SerializeToUtf8Bytes(json, Output) : (byte[])content;
                    await stream.WriteAsync(bytes, cancellationToken);
                }
            }

            File.Move(temporary, full, overwrite: true);
        }
        finally
        {
            File.Delete(temporary);
        }

        return entries.Select(entry => entry.Name).ToList();
    }

    /// <summary>manifest.json first, then every file it names: JSON as nodes, icons as bytes.</summary>
    private static async Task<List<(string Name, object Content)>> ReadAsync(string source, CancellationToken cancellationToken)
    {
        var manifestPath = Path.Combine(source, ManifestFileName);
        if (!Directory.Exists(source))
        {
            throw new InvalidManifestException([new ManifestError(source, null, "ManifestFolderMissing")]);
        }

        var errors = new List<ManifestError>();
        var manifest = await ReadJsonAsync(manifestPath, manifestPath, null, errors, cancellationToken);
        if (manifest is null)
        {
            throw new InvalidManifestException(errors);
        }

        if (manifest["id"]?.GetValueKind() is not JsonValueKind.String || manifest["id"]!.GetValue<string>() != PlaceholderAppId)
        {
            errors.Add(new ManifestError(manifestPath, "$.id", "ManifestPlaceholderMissing", PlaceholderAppId));
        }

        if (manifest["validDomains"] is not JsonArray domains || !domains.Any(domain => domain?.GetValueKind() is JsonValueKind.String && domain.GetValue<string>() == PlaceholderHost))
        {
            errors.Add(new ManifestError(manifestPath, "$.validDomains", "ManifestPlaceholderMissing", PlaceholderHost));
        }

        var entries = new List<(string Name, object Content)> { (ManifestFileName, manifest) };
        foreach (var (property, size) in Icons)
        {
            var path = $"$.icons.{property}";
            if (manifest["icons"]?[property] is null)
            {
                if (property != "color32x32")
                {
                    errors.Add(new ManifestError(manifestPath, path, "Required"));
                }

                continue;
            }

            var name = FileName(manifest["icons"]![property]!, manifestPath, path, errors);
            if (name is null || entries.Any(entry => entry.Name == name))
            {
                continue;
            }

            var bytes = await ReadBytesAsync(Path.Combine(source, name), manifestPath, path, errors, cancellationToken);
            if (bytes is null)
            {
                continue;
            }

            var actual = PngImage.ReadSize(bytes);
            if (actual is null)
            {
                errors.Add(new ManifestError(manifestPath, path, "ManifestNotPng", name));
            }
            else if (actual != (size, size))
            {
                errors.Add(new ManifestError(manifestPath, path, "ManifestIconSize", name, actual.Value.Width, actual.Value.Height, size));
            }

            entries.Add((name, bytes));
        }

        var languageFiles = new List<(string Path, JsonNode Node)>();
        if (manifest["localizationInfo"]?["defaultLanguageFile"] is JsonNode defaultFile)
        {
            languageFiles.Add(("$.localizationInfo.defaultLanguageFile", defaultFile));
        }

        if (manifest["localizationInfo"]?["additionalLanguages"] is JsonArray languages)
        {
            languageFiles.AddRange(languages.Select((language, i) => ($"$.localizationInfo.additionalLanguages[{i}].file", language?["file"]!)));
        }

        foreach (var (path, node) in languageFiles)
        {
            var name = node is null ? null : FileName(node, manifestPath, path, errors);
            if (node is null)
            {
                errors.Add(new ManifestError(manifestPath, path, "Required"));
            }
            else if (name is not null && entries.All(entry => entry.Name != name)
                && await ReadJsonAsync(Path.Combine(source, name), manifestPath, path, errors, cancellationToken) is JsonObject strings)
            {
                entries.Add((name, strings));
            }
        }

        return errors.Count > 0 ? throw new InvalidManifestException(errors) : entries;
    }

    /// <summary>
    /// A file named by the manifest must be a plain name in the manifest folder: Teams looks for
    /// it in the package, and a path must not reach out of the folder.
    /// </summary>
    private static string? FileName(JsonNode node, string manifestPath, string path, List<ManifestError> errors)
    {
        var name = node.GetValueKind() is JsonValueKind.String ? node.GetValue<string>() : null;
        if (string.IsNullOrWhiteSpace(name) || name != Path.GetFileName(name) || name.Contains('\\') || name is "." or ".." || name == ManifestFileName)
        {
            errors.Add(new ManifestError(manifestPath, path, "ManifestFileName", name ?? node.ToJsonString()));
            return null;
        }

        return name;
    }

    /// <summary>A JSON object; a missing or too large file is reported where it is named (<paramref name="source"/>, <paramref name="path"/>).</summary>
    private static async Task<JsonObject?> ReadJsonAsync(string file, string source, string? path, List<ManifestError> errors, CancellationToken cancellationToken)
    {
        var bytes = await ReadBytesAsync(file, source, path, errors, cancellationToken);
        if (bytes is null)
        {
            return null;
        }

        try
        {
            if (JsonNode.Parse(bytes) is JsonObject json)
            {
                return json;
            }

            errors.Add(new ManifestError(file, "$", "ManifestNotObject"));
        }
        catch (JsonException ex)
        {
            errors.Add(new ManifestError(file, "$", "JsonSyntax", (ex.LineNumber ?? 0) + 1, (ex.BytePositionInLine ?? 0) + 1));
        }

        return null;
    }

    private static async Task<byte[]?> ReadBytesAsync(string file, string source, string? path, List<ManifestError> errors, CancellationToken cancellationToken)
    {
        var info = new FileInfo(file);
        if (!info.Exists)
        {
            errors.Add(new ManifestError(source, path, "ManifestFileMissing", Path.GetFileName(file)));
            return null;
        }

        // Checked before reading, so a huge file is never loaded.
        if (info.Length > MaxFileBytes)
        {
            errors.Add(new ManifestError(source, path, "ManifestFileTooLarge", Path.GetFileName(file), info.Length, MaxFileBytes));
            return null;
        }

        return await File.ReadAllBytesAsync(file, cancellationToken);
    }

    /// <summary>Puts the app id and host in place of the placeholders, in every string of the document.</summary>
    private static void Substitute(JsonNode node, string appId, string hostName)
    {
        switch (node)
        {
            case JsonObject json:
                foreach (var (key, child) in json.ToList())
                {
                    if (child is JsonValue value && value.GetValueKind() is JsonValueKind.String)
                    {
                        json[key] = Replace(value.GetValue<string>(), appId, hostName);
                    }
                    else if (child is not null)
                    {
                        Substitute(child, appId, hostName);
                    }
                }

                break;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    if (array[i] is JsonValue value && value.GetValueKind() is JsonValueKind.String)
                    {
                        array[i] = Replace(value.GetValue<string>(), appId, hostName);
                    }
                    else if (array[i] is JsonNode child)
                    {
                        Substitute(child, appId, hostName);
                    }
                }

                break;
        }
    }

    private static string Replace(string text, string appId, string hostName) =>
        text.Replace(PlaceholderAppId, appId, StringComparison.OrdinalIgnoreCase).Replace(PlaceholderHost, hostName, StringComparison.OrdinalIgnoreCase);
}
