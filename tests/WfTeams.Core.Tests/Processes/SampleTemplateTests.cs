using System.Text.Json.Nodes;
using System.Xml.Linq;
using Json.Schema;
using WfTeams.Core.Processes;
using WfTeams.Core.Storage;
using WfTeams.Testing;

namespace WfTeams.Core.Tests.Processes;

/// <summary>The shipped samples, the JSON Schema and the message resources agree with the code.</summary>
public sealed class SampleTemplateTests
{
    private static readonly string Root = Azurite.RepositoryRoot();

    private static readonly string[] SampleNames = Directory.GetFiles(Path.Combine(Root, "samples"), "*.json").Select(path => Path.GetFileName(path)).Order().ToArray();

    public static TheoryData<string> Samples() => new(SampleNames);

    private static string SamplePath(string name) => Path.Combine(Root, "samples", name);

    [Fact]
    public void Samples_AreAnsiedlungAndBestandskundenbetreuung()
    {
        Assert.Equal(["ansiedlung.json", "bestandskundenbetreuung.json"], SampleNames);
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public async Task Sample_IsValidAndHasChecklistsFieldsAndADecision(string name)
    {
        var (template, errors) = await TemplateFile.LoadAsync(SamplePath(name));

        Assert.Empty(errors);
        Assert.Contains(template!.Steps, step => step.Checklist.Count > 0);
        Assert.Contains(template.Steps, step => step.Fields.Count > 0);
        Assert.Contains(template.Steps, step => step.Decision is not null);
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public async Task Sample_IsWrittenInCanonicalForm(string name)
    {
        var text = await File.ReadAllTextAsync(SamplePath(name));
        var (template, _) = TemplateJson.Parse(File.ReadAllBytes(SamplePath(name)));

        Assert.Equal(text.TrimEnd('\n').ReplaceLineEndings("\n"), TemplateJson.Serialize(template!).ReplaceLineEndings("\n"));
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public async Task Sample_MatchesTheJsonSchema(string name) =>
        AssertMatchesSchema(await File.ReadAllTextAsync(SamplePath(name)));

    [Fact]
    public void GeneratedTemplate_MatchesTheJsonSchema() =>
        AssertMatchesSchema(TemplateJson.Serialize(TemplateFactory.Large(40)));

    [Fact]
    public void Schema_RefusesWhatTheCodeRefuses()
    {
        var json = TemplateJson.Serialize(TemplateFactory.Minimal()).Replace("\"name\":", "\"titel\": \"x\", \"name\":", StringComparison.Ordinal);

        Assert.False(Evaluate(json).IsValid);
        Assert.NotEmpty(TemplateJson.Parse(System.Text.Encoding.UTF8.GetBytes(json)).Errors);
    }

    [Fact]
    public void Messages_HaveEveryKeyInGermanAndEnglish()
    {
        static IEnumerable<string> Keys(string file) =>
            XDocument.Load(Path.Combine(Root, "core", "WfTeams.Core", "Resources", file)).Root!.Elements("data").Select(data => (string)data.Attribute("name")!);

        var german = Keys("Messages.resx").Order().ToArray();

        Assert.NotEmpty(german);
        Assert.Equal(german, Keys("Messages.en.resx").Order());
    }

    private static void AssertMatchesSchema(string json)
    {
        var result = Evaluate(json);
        var problems = result.Details.Where(detail => detail.Errors is not null)
            .SelectMany(detail => detail.Errors!.Select(error => $"{detail.InstanceLocation}: {error.Value}"));

        Assert.True(result.IsValid, string.Join(Environment.NewLine, problems));
    }

    private static EvaluationResults Evaluate(string json)
    {
        var schema = JsonSchema.FromFile(Path.Combine(Root, "schema", "process-template.schema.json"));
        return schema.Evaluate(JsonNode.Parse(json), new EvaluationOptions { OutputFormat = OutputFormat.List });
    }
}
