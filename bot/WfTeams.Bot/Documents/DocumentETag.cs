using System.Buffers.Text;
using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Net.Http.Headers;
using WfTeams.Core.Documents;

namespace WfTeams.Bot.Documents;

/// <summary>
/// Strong entity tags for generated documents: a hash of everything the bytes depend on (tenant, what was
/// asked for, its version, language, organisation, style file content) and of the code that made them, so a
/// new build never answers 304 for a document the old one wrote.
/// </summary>
public static class DocumentETag
{
    /// <summary>The build of the document code and of this host: informational version and module version ids (new on every compile).</summary>
    public static string CodeVersion { get; } = string.Join('/', new[] { typeof(ProfileDocument).Assembly, typeof(DocumentETag).Assembly }.Select(assembly =>
        $"{assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion}:{assembly.ManifestModule.ModuleVersionId:N}"));

    /// <summary>A quoted strong ETag over <paramref name="parts"/> and the code version (128 bits of SHA-256, base64url).</summary>
    public static string Of(params string?[] parts)
    {
        var text = new StringBuilder(CodeVersion);
        foreach (var part in parts)
        {
            // A separator that no part contains, and null apart from empty.
            text.Append('\u001f').Append(part is null ? "\u0000" : part.Replace("\u001f", "", StringComparison.Ordinal));
        }

        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString()));
        return $"\"{Base64Url.EncodeToString(hash.AsSpan(0, 16))}\"";
    }

    /// <summary>Whether the request's <c>If-None-Match</c> names <paramref name="etag"/> (or is <c>*</c>); weak comparison, as RFC 9110 asks for GET.</summary>
    public static bool Matches(HttpRequest request, string etag)
    {
        var asked = request.GetTypedHeaders().IfNoneMatch;
        if (asked is not { Count: > 0 })
        {
            return false;
        }

        var ours = new EntityTagHeaderValue(etag);
        return asked.Any(tag => tag.Equals(EntityTagHeaderValue.Any) || tag.Compare(ours, useStrongComparison: false));
    }
}
