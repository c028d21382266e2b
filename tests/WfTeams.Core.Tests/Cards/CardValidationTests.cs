using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Nodes;
using WfTeams.Core.Cards;
using WfTeams.Core.Chat;
using WfTeams.Core.Runs;
using WfTeams.Testing;

namespace WfTeams.Core.Tests.Cards;

public sealed class CardValidationTests
{
    [Fact]
    public async Task EveryCard_BothLanguages_ParsesWithoutErrorsInTheAdaptiveCardsSdk()
    {
        var cards = await CardCatalog.AllAsync();

        var results = await ValidateAsync(cards);

        Assert.Equal(cards.Count, results.Count);
        var failures = results.Where(r => r.Errors.Count > 0).Select(r => $"{r.Name}: {string.Join(" | ", r.Errors)}").ToList();
        Assert.True(failures.Count == 0, string.Join("\n", failures.Take(30)));
    }

    [Fact]
    public async Task EveryCard_BothLanguages_FitsInOneTeamsMessage()
    {
        var cards = await CardCatalog.AllAsync();

        var tooLarge = cards.Select(c => (c.Name, Bytes: CardSize.ActivityBytes(c.Card))).Where(c => c.Bytes > CardSize.MaxActivityBytes).ToList();

        Assert.True(cards.Count > 300, $"only {cards.Count} cards");
        Assert.True(tooLarge.Count == 0, string.Join("\n", tooLarge.Select(c => $"{c.Name}: {c.Bytes} bytes")));
    }

    [Fact]
    public async Task Harness_BrokenCards_ReportsEveryError()
    {
        var broken = new List<(string, JsonObject)>
        {
            ("typo", JsonNode.Parse("""{"type":"AdaptiveCard","version":"1.5","body":[{"type":"TextBlock","text":"x","colour":"Good"}]}""")!.AsObject()),
            ("unknown-element", JsonNode.Parse("""{"type":"AdaptiveCard","version":"1.5","body":[{"type":"Input.People","id":"p"}]}""")!.AsObject()),
            ("duplicate-id", JsonNode.Parse("""{"type":"AdaptiveCard","version":"1.5","body":[{"type":"Input.Text","id":"a"},{"type":"Input.Text","id":"a"}]}""")!.AsObject()),
            ("no-choices", JsonNode.Parse("""{"type":"AdaptiveCard","version":"1.5","body":[{"type":"Input.ChoiceSet","id":"a","choices":[]}]}""")!.AsObject()),
            ("bad-value", JsonNode.Parse("""{"type":"AdaptiveCard","version":"1.5","body":[{"type":"TextBlock","text":"x","size":"Huge"}]}""")!.AsObject()),
        };

        var results = await ValidateAsync(broken);

        Assert.All(results, r => Assert.NotEmpty(r.Errors));
    }

    [Fact]
    public void StepCard_ExtremeStep_PagesAndEveryPageFits()
    {
        var template = CardCatalog.Extreme();
        var state = CardCatalog.At(CardCatalog.Started(template), template, "alles");
        var culture = Messages();

        var pages = Enumerable.Range(0, 50).Select(p => StepCard.Build(state, template, culture, CardCatalog.Now, page: p).ToJsonString()).Distinct().ToList();

        Assert.True(pages.Count > 1);
        Assert.All(pages, p => Assert.True(CardSize.Fits(JsonNode.Parse(p)!.AsObject())));
        Assert.Contains("\"verb\":\"save\"", pages[0], StringComparison.Ordinal);
        Assert.Contains("\"verb\":\"complete\"", pages[^1], StringComparison.Ordinal);
        Assert.Contains("\"id\":\"decision\"", pages[^1], StringComparison.Ordinal);
        var inputIds = pages.SelectMany(p => JsonNode.Parse(p)!["body"]!.AsArray().Select(e => (string?)e!["id"])).OfType<string>().ToList();
        Assert.Equal(template.Steps[0].Checklist.Count + template.Steps[0].Fields.Count + 1, inputIds.Distinct().Count());
    }

    [Fact]
    public void StepCard_Errors_ShownAtTheFields()
    {
        var template = CardCatalog.Extreme() with { Steps = [CardCatalog.Extreme().Steps[0] with { Checklist = [], Fields = CardCatalog.Extreme().Steps[0].Fields.Take(3).ToList(), Links = [] }] };
        var state = CardCatalog.At(CardCatalog.Started(template), template, "alles");
        var errors = new[] { new FieldError("f.f2", "FieldNotANumber") };

        var body = StepCard.Build(state, template, Messages(), CardCatalog.Now, errors: errors)["body"]!.AsArray();

        var index = body.Select(e => (string?)e!["id"]).ToList().IndexOf("f.f2");
        var error = body.Skip(index + 1).First(e => (string?)e!["color"] == "Attention");
        Assert.Equal("Bitte geben Sie eine Zahl an, z. B. 1.250 oder 12,5.", (string?)error!["text"]);
        Assert.Equal(index + 2, body.IndexOf(error));
    }

    [Fact]
    public async Task StepCard_RefusedDateAndChoice_InputsLeftEmptyBesideTheirErrors()
    {
        var template = await CaseFactory.SampleAsync("ansiedlung");
        var state = CardCatalog.Started(template);
        var draft = new StepDraft([], System.Collections.Immutable.ImmutableDictionary<string, string>.Empty.Add("eingangsdatum", "gestern").Add("quelle", "99").Add("unternehmen", "Muster GmbH"));

        var body = StepCard.Build(state, template, Messages(), CardCatalog.Now, draft, [new FieldError("f.eingangsdatum", "FieldNotADate"), new FieldError("f.quelle", "FieldNotAnOption")])["body"]!.AsArray();

        JsonNode Input(string id) => body.First(e => (string?)e!["id"] == id)!;
        Assert.Null(Input("f.eingangsdatum")["value"]);
        Assert.Null(Input("f.quelle")["value"]);
        Assert.Equal("Muster GmbH", (string?)Input("f.unternehmen")["value"]);
    }

    [Fact]
    public async Task Catalog_CoversEveryCardClass()
    {
        var names = (await CardCatalog.AllAsync()).Select(c => c.Name.Split('/')[1]).ToHashSet();
        var cardClasses = typeof(StepCard).Assembly.GetTypes()
            .Where(t => (t.Namespace == typeof(StepCard).Namespace || t.Namespace == typeof(HelpCard).Namespace) && t.GetMethod("Build") is { IsStatic: true, IsPublic: true })
            .Select(t => t.Name)
            .ToList();
        var covered = new Dictionary<string, string[]>
        {
            ["StepCard"] = ["step", "step-errors", "step-paused", "step-colleagues", "step-skip-error"],
            ["CaptureQuestionCard"] = ["capture-question"],
            ["CaptureStepCard"] = ["capture-step"],
            ["CapturePreviewCard"] = ["capture-preview"],
            ["CaptureReviewCard"] = ["capture-review"],
            ["CaptureReviewRequestCard"] = ["capture-review-request"],
            ["CaptureDraftsCard"] = ["capture-drafts"],
            ["CaptureNoticeCard"] = ["capture-notice"],
            ["CompletedStepCard"] = ["completed"],
            ["ProcessListCard"] = ["processes"],
            ["ProcessCard"] = ["process"],
            ["SubjectCard"] = ["subject", "subject-error"],
            ["StatusCard"] = ["status"],
            ["SummaryCard"] = ["summary"],
            ["MyCasesCard"] = ["mycases"],
            ["RefusalCard"] = ["refusal"],
            ["HelpCard"] = ["help"],
            ["PublishCard"] = ["published", "publish"],
            ["FiguresCard"] = ["figures"],
        };

        Assert.Equal(covered.Keys.Order(), cardClasses.Order());
        Assert.All(covered.Values.SelectMany(v => v), prefix => Assert.Contains(prefix, names));
    }

    private static System.Globalization.CultureInfo Messages() => System.Globalization.CultureInfo.GetCultureInfo("de");

    private sealed record Result(string Name, List<string> Errors);

    private static async Task<List<Result>> ValidateAsync(IReadOnlyList<(string Name, JsonObject Card)> cards)
    {
        var file = Path.Combine(Path.GetTempPath(), $"wfteams-cards-{Guid.NewGuid():N}.json");
        try
        {
            await File.WriteAllTextAsync(file, new JsonArray(cards.Select(c => (JsonNode)new JsonObject { ["name"] = c.Name, ["card"] = c.Card.DeepClone() }).ToArray()).ToJsonString());
            var start = new ProcessStartInfo("node")
            {
                ArgumentList = { Path.Combine(Azurite.RepositoryRoot(), "tests", "cards", "validate.cjs"), file },
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            using var node = Process.Start(start)!;
            var output = node.StandardOutput.ReadToEndAsync();
            var error = node.StandardError.ReadToEndAsync();
            await node.WaitForExitAsync();
            Assert.True(node.ExitCode is 0 or 1, await error);
            return (await output).Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line =>
            {
                var json = JsonNode.Parse(line)!;
                return new Result((string)json["name"]!, json["errors"]!.AsArray().Select(e => (string)e!).ToList());
            }).ToList();
        }
        finally
        {
            File.Delete(file);
        }
    }
}
