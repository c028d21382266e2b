using System.Globalization;
using System.Text;
using WfTeams.Core.Processes;
using WfTeams.Testing;

namespace WfTeams.Core.Tests.Processes;

public sealed class TemplateJsonTests
{
    private static readonly CultureInfo German = CultureInfo.GetCultureInfo("de");

    private static IReadOnlyList<TemplateError> Errors(string json) => TemplateJson.Parse(Encoding.UTF8.GetBytes(json)).Errors;

    private static string Minimal(string stepExtra = "", string topExtra = "") => $$"""
        {
          "id": "minimal", "version": 1, "status": "draft", "name": "Minimal", "owner": "Leitung",
          "goal": "Ziel", "trigger": "Auslöser", "result": "Ergebnis"{{topExtra}},
          "steps": [ { "id": "a", "title": "A", "responsible": "Sachbearbeitung"{{stepExtra}} } ]
        }
        """;

    [Fact]
    public void Parse_MinimalTemplate_HasNoErrors()
    {
        var (template, errors) = TemplateJson.Parse(Encoding.UTF8.GetBytes(Minimal()));

        Assert.Empty(errors);
        Assert.Equal("minimal", template!.Id);
        Assert.Equal("A", Assert.Single(template.Steps).Title);
    }

    [Fact]
    public void Parse_Utf8WithByteOrderMark_IsRead()
    {
        var (template, errors) = TemplateJson.Parse(Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(Minimal())).ToArray());

        Assert.Empty(errors);
        Assert.NotNull(template);
    }

    [Fact]
    public void Parse_MalformedJson_ReportsLineAndColumn()
    {
        var error = Assert.Single(Errors("{\n  \"id\": \"x\",\n  \"version\": 1,,\n}"));

        Assert.Equal("$", error.Path);
        Assert.Equal("Ungültiges JSON in Zeile 3, Spalte 16", error.Message(German));
    }

    [Fact]
    public void Parse_SeveralStructuralErrors_ReportsEveryOneWithItsPath()
    {
        var json = Minimal(stepExtra: ", \"titel\": \"x\", \"checklist\": [ { \"id\": \"c\", \"text\": 5 } ]", topExtra: ", \"version2\": 3, \"category\": \"kern\", \"validFrom\": \"01.02.2026\"")
            .Replace("\"version\": 1", "\"version\": \"eins\"");

        var errors = Errors(json).Select(e => $"{e.Path}: {e.Message(German)}").ToList();

        Assert.Contains("$.version: Erwartet: ganze Zahl; gefunden: Text", errors);
        Assert.Contains("$.version2: Unbekannte Eigenschaft „version2“ (meinten Sie „version“?)", errors);
        Assert.Contains("$.category: Ungültiger Wert „kern“ – erlaubt: core, management, support", errors);
        Assert.Contains("$.validFrom: Ungültiges Datum „01.02.2026“ – erwartet JJJJ-MM-TT", errors);
        Assert.Contains("$.steps[0].titel: Unbekannte Eigenschaft „titel“ (meinten Sie „title“?)", errors);
        Assert.Contains("$.steps[0].checklist[0].text: Erwartet: Text; gefunden: Zahl", errors);
        Assert.Equal(6, errors.Count);
    }

    [Fact]
    public void Parse_MissingRequiredFields_NamesEachOne()
    {
        var errors = Errors("""{ "id": "x", "version": 1, "steps": [ { "id": "a" } ] }""").Select(e => e.Path).ToList();

        Assert.Equal(
            ["$.goal", "$.name", "$.owner", "$.result", "$.steps[0].responsible", "$.steps[0].title", "$.trigger"],
            errors.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Parse_NullForRequiredText_IsAWrongType()
    {
        var error = Assert.Single(Errors(Minimal().Replace("\"name\": \"Minimal\"", "\"name\": null")));

        Assert.Equal("$.name", error.Path);
        Assert.Equal("Erwartet: Text; gefunden: null", error.Message(German));
    }

    [Fact]
    public void Parse_TextOverItsLimit_ReportsLengthAndLimit()
    {
        var description = new string('x', TemplateLimits.LongText + 1);

        var error = Assert.Single(Errors(Minimal(stepExtra: $", \"description\": \"{description}\"")));

        Assert.Equal("$.steps[0].description", error.Path);
        Assert.Equal("Zu lang: 10001 Zeichen, höchstens 10000 erlaubt", error.Message(German));
    }

    [Fact]
    public void Parse_TooManySteps_IsRefused()
    {
        var steps = string.Join(",", Enumerable.Range(0, TemplateLimits.MaxSteps + 1).Select(i => $"{{\"id\":\"s{i}\",\"title\":\"T\",\"responsible\":\"R\"}}"));
        var json = Minimal().Replace("""[ { "id": "a", "title": "A", "responsible": "Sachbearbeitung" } ]""", $"[{steps}]");

        var error = Assert.Single(Errors(json));

        Assert.Equal("$.steps", error.Path);
        Assert.Equal("TooMany", error.MessageKey);
    }

    [Theory]
    [InlineData("\\u0001", "0001")]
    [InlineData("\\u001b", "001B")]
    [InlineData("\\uFFFF", "FFFF")]
    public void Parse_CharacterNotAllowedInDocuments_IsRefused(string escaped, string codePoint)
    {
        var error = Assert.Single(Errors(Minimal().Replace("\"Ziel\"", $"\"Zi{escaped}el\"")));

        Assert.Equal("$.goal", error.Path);
        Assert.Equal($"Enthält ein unzulässiges Zeichen (U+{codePoint}) an Position 3", error.Message(German));
    }

    [Fact]
    public void Parse_HalfASurrogatePair_IsRefused()
    {
        var error = Assert.Single(Errors(Minimal().Replace("\"Ziel\"", "\"Zi\\uD800el\"")));

        Assert.Equal(("$.goal", "BrokenSurrogate"), (error.Path, error.MessageKey));
    }

    [Fact]
    public void Parse_TabsNewlinesAndEmoji_AreAllowed()
    {
        Assert.Empty(Errors(Minimal().Replace("\"Ziel\"", "\"Zeile 1\\n\\tZeile 2 🚀\"")));
    }

    [Fact]
    public void Serialize_Template_OmitsEmptyListsAndKeepsStatus()
    {
        var json = TemplateJson.Serialize(TemplateFactory.Minimal());

        Assert.Contains("\"status\": \"draft\"", json, StringComparison.Ordinal);
        Assert.DoesNotContain("\"checklist\"", json, StringComparison.Ordinal);
        Assert.DoesNotContain("null", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Serialize_ThenParse_GivesTheSameTemplate()
    {
        var template = TemplateFactory.Large(30);

        var (parsed, errors) = TemplateJson.Parse(TemplateJson.SerializeToUtf8Bytes(template));

        Assert.Empty(errors);
        Assert.Equal(TemplateJson.Serialize(template), TemplateJson.Serialize(parsed!));
    }

    [Fact]
    public void Message_InEnglish_IsEnglish()
    {
        var error = Assert.Single(Errors(Minimal(stepExtra: ", \"titel\": \"x\"")));

        Assert.Equal("Unknown property \"titel\" (did you mean \"title\"?)", error.Message(CultureInfo.GetCultureInfo("en-GB")));
    }

    [Fact]
    public void CheckObjects_TemplateBeyondEveryLimit_TheErrorsItsJsonWouldGet()
    {
        var step = TemplateFactory.Minimal().Steps[0];
        var template = TemplateFactory.Minimal() with
        {
            Name = new string('N', TemplateLimits.ShortText + 1),
            Goal = "Ziel mit Steuerzeichen \u0001",
            ItSystems = [new string('I', TemplateLimits.ShortText + 5), "ok"],
            LegalBasis = [.. Enumerable.Range(0, TemplateLimits.ListItems + 1).Select(i => $"§ {i}")],
            Steps = [step with { Title = new string('T', TemplateLimits.ShortText + 2), Checklist = [new ChecklistItem { Id = "c", Text = new string('c', TemplateLimits.MediumText + 1) }] }],
            Status = (TemplateStatus)42,
        };

        var fromObjects = TemplateJson.CheckObjects(template);
        var fromJson = TemplateJson.Parse(TemplateJson.SerializeToUtf8Bytes(template, indented: false)).Errors;

        Assert.Equal(7, fromObjects.Count);
        Assert.Equal(fromJson.Select(e => e.ToString()), fromObjects.Select(e => e.ToString()));
    }

    [Fact]
    public void CheckObjects_Sample_NoErrors()
    {
        Assert.Empty(TemplateJson.CheckObjects(TemplateFactory.Large(50)));
    }
}
