using System.Text.Json.Nodes;
using Json.Schema;
using WfTeams.Testing;

namespace WfTeams.Bot.Tests.Manifest;

/// <summary>
/// The official Teams JSON Schemas as npm <c>@microsoft/app-manifest</c> ships them, evaluated offline
/// with JsonSchema.Net. They are draft-04, which JsonSchema.Net does not read, so they are lifted
/// to draft-07 without changing what they accept (see <see cref="LiftDraft04"/>).
/// </summary>
public static class TeamsSchema
{
    public const string Manifest = "MicrosoftTeams.schema.json";
    public const string Localization = "MicrosoftTeams.Localization.schema.json";

    public static string Folder => Path.Combine(Azurite.RepositoryRoot(), "node_modules", "@microsoft", "app-manifest", "build", "json-schemas", "teams");

    /// <summary>Every problem as <c>instance path: message</c>; empty when the document is valid.</summary>
    public static IReadOnlyList<string> Problems(string version, string schemaFile, JsonNode document)
    {
        var path = Path.Combine(Folder, "v" + version, schemaFile);
        Assert.True(File.Exists(path), $"{path} missing: run npm ci");
        var schemaNode = JsonNode.Parse(File.ReadAllText(path))!;
        LiftDraft04(schemaNode);

        var options = new EvaluationOptions
        {
            OutputFormat = OutputFormat.List,
            RequireFormatValidation = true, // the official validator checks uri, email and regex formats
            EvaluateAs = SpecVersion.Draft7,
        };
        var schema = JsonSchema.FromText(schemaNode.ToJsonString());
        var result = schema.Evaluate(document, options);
        return result.IsValid
            ? []
            : result.Details.Where(detail => detail.Errors is not null)
                .SelectMany(detail => detail.Errors!.Select(error => $"{detail.InstanceLocation}: {error.Value}"))
                .ToList();
    }

    /// <summary>
    /// Draft-04 to draft-07 with the same meaning as Microsoft's own validator (ajv): the schemas
    /// put keywords beside <c>$ref</c> (for example <c>maxLength</c>), which ajv applies but
    /// draft-07 would ignore, so such a <c>$ref</c> moves into an <c>allOf</c>. Draft-04's
    /// <c>id</c> and boolean <c>exclusiveMinimum</c>/<c>exclusiveMaximum</c> would need lifting
    /// too; the schemas use neither, which <see cref="LiftDraft04"/> asserts.
    /// </summary>
    public static void LiftDraft04(JsonNode node)
    {
        if (node is JsonObject root && root["$schema"]?.GetValue<string>() is string uri && uri.Contains("draft-04", StringComparison.Ordinal))
        {
            root["$schema"] = "http://json-schema.org/draft-07/schema#";
        }

        Lift(node);
    }

    private static void Lift(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject schema:
                Assert.False(schema["id"] is JsonValue, "draft-04 id is not lifted");
                Assert.False(schema["exclusiveMinimum"] is JsonValue min && min.TryGetValue<bool>(out _), "boolean exclusiveMinimum is not lifted");
                Assert.False(schema["exclusiveMaximum"] is JsonValue max && max.TryGetValue<bool>(out _), "boolean exclusiveMaximum is not lifted");
                if (schema["$ref"] is JsonValue reference && schema.Count > 1)
                {
                    schema.Remove("$ref");
                    var allOf = schema["allOf"] as JsonArray ?? [];
                    allOf.Add(new JsonObject { ["$ref"] = reference });
                    schema["allOf"] = allOf;
                }

                foreach (var (key, child) in schema.ToList())
                {
                    // Values, not schemas: a "$ref" in an example must stay as it is.
                    if (key is not ("enum" or "const" or "default" or "examples"))
                    {
                        Lift(child);
                    }
                }

                break;
            case JsonArray array:
                foreach (var child in array.ToList())
                {
                    Lift(child);
                }

                break;
        }
    }
}
