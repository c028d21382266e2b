using System.Xml.Linq;
using WfTeams.Core.Documents;
using WfTeams.Core.Processes;
using static WfTeams.Core.Tests.Documents.ProfileEditing;

namespace WfTeams.Core.Tests.Documents;

public sealed class ProfileReaderTests
{
    private static Task<ProcessTemplate> SampleAsync() => ProfileDocumentTests.TemplateAsync("ansiedlung");

    private static byte[] Profile(ProcessTemplate template, string language = "de") =>
        ProfileDocument.Create(template, ProfileDocumentTests.Options(language, styled: false));

    [Theory]
    [InlineData("ansiedlung", "de")]
    [InlineData("ansiedlung", "en")]
    [InlineData("bestandskundenbetreuung", "de")]
    [InlineData("large", "en")]
    [InlineData("hostile", "de")]
    public async Task Read_UneditedProfile_NoChangesNoNoticesSameTemplate(string name, string language)
    {
        var template = await ProfileDocumentTests.TemplateAsync(name);

        var reading = Read(Profile(template, language), template);

        Assert.True(reading.Changes.Count == 0, string.Join("\n", reading.Changes));
        Assert.True(reading.Notices.Count == 0, string.Join("\n", reading.Notices));
        Assert.Empty(reading.Problems);
        Assert.Same(template, reading.Template);
    }

    [Theory]
    [InlineData("ansiedlung")]
    [InlineData("large")]
    public async Task Create_Profile_FingerprintOfOutsideTextMatchesWhatAReaderFinds(string name)
    {
        var upload = ProfileUpload.Open(Profile(await ProfileDocumentTests.TemplateAsync(name)));
        using var stream = upload.OpenMainPart();

        Assert.Equal(upload.Properties[ProfileProperties.OutsideText], DocumentBody.Read(stream).OutsideText.Hex);
    }

    [Fact]
    public async Task Open_Profile_NamesTemplateIdVersionAndLanguage()
    {
        var template = await SampleAsync();

        var upload = ProfileUpload.Open(Profile(template with { Version = 7 }, "en"));

        Assert.Equal(("ansiedlung", 7, "en"), (upload.TemplateId, upload.TemplateVersion, upload.Language));
    }

    [Fact]
    public async Task Read_TextEditedEverywhere_ExactlyThoseChangesWithBreaksTabsAndSmartQuotes()
    {
        var template = await SampleAsync();
        var docx = Edit(Profile(template), xml =>
        {
            SetText(xml, "steps[2].title", "Standort „suchen“ – ‚schnell‘");
            SetText(xml, "goal", "Erste Zeile\n\tzweite Zeile mit Tab");
            SetText(xml, "steps[1].checklist[0].text", "Bedarf klären,\nZeile zwei");
            SetText(xml, "kpis[1].target", "≥ 12 pro Jahr");
            SetText(xml, "steps[0].fields[1].options[2]", "GTAI");
            SetText(xml, "steps[2].decision.question", "Passt ein Standort?");
        });

        var reading = Read(docx, template);

        Assert.Empty(reading.Problems);
        Assert.Equal(
            ["goal", "kpis[1].target", "steps[0].fields[1].options[2]", "steps[1].checklist[0].text", "steps[2].decision.question", "steps[2].title"],
            reading.Changes.Select(c => c.Path).Order(StringComparer.Ordinal));
        var edited = reading.Template!;
        Assert.Equal("Standort „suchen“ – ‚schnell‘", edited.Steps[2].Title);
        Assert.Equal("Erste Zeile\n\tzweite Zeile mit Tab", edited.Goal);
        Assert.Equal("Bedarf klären,\nZeile zwei", edited.Steps[1].Checklist[0].Text);
        Assert.Equal("GTAI", edited.Steps[0].Fields[1].Options[2]);
        Assert.Equal(template.Steps[2].Title, reading.Changes.Single(c => c.Path == "steps[2].title").Old);
    }

    [Theory]
    [InlineData("de", "Unterstützungsprozess", "15.03.2026", "Nachgelagert", "mehrzeiliger Text", "3 Wochen", "2 Tage")]
    [InlineData("en", "Support process", "15 March 2026", "Downstream", "multi-line text", "3 weeks", "2 days")]
    public async Task Read_TranslatedValuesEdited_ReadBackAsTemplateValues(string language, string category, string date, string direction, string type, string weeks, string days)
    {
        var template = await SampleAsync();
        var docx = Edit(Profile(template, language), xml =>
        {
            SetText(xml, "category", category);
            SetText(xml, "validFrom", date);
            SetText(xml, "interfaces[0].direction", direction);
            SetText(xml, "steps[0].fields[0].type", type);
            SetText(xml, "steps[4].duration", weeks);
            SetText(xml, "steps[0].duration", days);
            SetText(xml, "changeHistory[0].date", date);
        });

        var reading = Read(docx, template, language == "en" ? English : German);

        Assert.Empty(reading.Problems);
        var edited = reading.Template!;
        Assert.Equal(ProcessCategory.Support, edited.Category);
        Assert.Equal(new DateOnly(2026, 3, 15), edited.ValidFrom);
        Assert.Equal(InterfaceDirection.Downstream, edited.Interfaces[0].Direction);
        Assert.Equal(FieldType.Multiline, edited.Steps[0].Fields[0].Type);
        Assert.Equal("P3W", edited.Steps[4].Duration);
        Assert.Equal("P2D", edited.Steps[0].Duration);
        Assert.Equal(new DateOnly(2026, 3, 15), edited.ChangeHistory[0].Date);
        Assert.Contains(reading.Changes, c => c is { Path: "category", Old: "core", New: "support" });
        Assert.Contains(reading.Changes, c => c is { Path: "steps[4].duration", Old: "P2W", New: "P3W" });
    }

    [Fact]
    public async Task Read_StatusAndVersionEdited_IgnoredWithNotices()
    {
        var template = await SampleAsync();
        var docx = Edit(Profile(template), xml =>
        {
            SetText(xml, "status", "Entwurf");
            SetText(xml, "version", "9");
        });

        var reading = Read(docx, template);

        Assert.Empty(reading.Changes);
        Assert.Equal(["status", "version"], reading.Notices.Select(n => n.Path).Order());
    }

    [Fact]
    public async Task Read_ListItemsCopiedAndDeleted_ItemsAddedAndRemoved()
    {
        var template = await SampleAsync();
        var docx = Edit(Profile(template), xml =>
        {
            // A checklist item copied (paragraph and all) and its copy edited; an IT system deleted;
            // a KPI row copied.
            var item = Holder(xml, "steps[1].checklist[2].text");
            var copy = new XElement(item);
            item.AddAfterSelf(copy);
            var copied = copy.Descendants(W + "sdtContent").Single();
            copied.Elements(W + "r").Remove();
            copied.Add(Run("Flächenbedarf schriftlich bestätigen"));
            Holder(xml, "itSystems[1]").Remove();
            var kpi = Holder(xml, "kpis[0].name");
            kpi.AddAfterSelf(new XElement(kpi));
        });

        var reading = Read(docx, template);

        Assert.Empty(reading.Problems);
        var edited = reading.Template!;
        Assert.Equal(template.Steps[1].Checklist.Count + 1, edited.Steps[1].Checklist.Count);
        Assert.Equal("Flächenbedarf schriftlich bestätigen", edited.Steps[1].Checklist[3].Text);
        Assert.Equal(template.Steps[1].Checklist[2].Id + "-2", edited.Steps[1].Checklist[3].Id);
        Assert.Equal(template.Steps[1].Checklist[2].Required, edited.Steps[1].Checklist[3].Required);
        Assert.Equal(template.ItSystems.Where((_, i) => i != 1), edited.ItSystems);
        Assert.Equal(template.Kpis.Count + 1, edited.Kpis.Count);
        Assert.Equal(edited.Kpis[0], edited.Kpis[1]);
        Assert.Contains(reading.Changes, c => c is { Path: "steps[1].checklist[3]", Kind: FieldChangeKind.Added, New: "Flächenbedarf schriftlich bestätigen" });
        Assert.Contains(reading.Changes, c => c.Path == "itSystems[1]" && c.Kind == FieldChangeKind.Removed && c.Old == template.ItSystems[1]);
        Assert.Contains(reading.Changes, c => c is { Path: "kpis[1]", Kind: FieldChangeKind.Added });
        Assert.Equal(3, reading.Notices.Count);
    }

    [Fact]
    public async Task Read_ControlDeleted_FieldKeepsItsValueAndNoticeSaysSo()
    {
        var template = await SampleAsync();
        var docx = Edit(Profile(template), xml => Control(xml, "owner").Remove());

        var reading = Read(docx, template);

        Assert.Empty(reading.Changes);
        Assert.Same(template, reading.Template);
        var notice = Assert.Single(reading.Notices);
        Assert.Equal("owner", notice.Path);
        Assert.Contains("gelöscht", notice.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Read_TextTypedOutsideControls_IgnoredAndReported()
    {
        var template = await SampleAsync();
        var docx = Edit(Profile(template), xml =>
        {
            var paragraph = Control(xml, "trigger").Ancestors(W + "p").First();
            paragraph.Add(Run(" Und noch ein Nachsatz."));
            paragraph.AddAfterSelf(new XElement(W + "p", Run("Ein ganz neuer Absatz")));
        });

        var reading = Read(docx, template, English);

        Assert.Empty(reading.Changes);
        Assert.Equal(2, reading.Notices.Count);
        Assert.All(reading.Notices, n => Assert.Equal("trigger", n.Path));
        Assert.Contains(reading.Notices, n => n.Message.Contains("Ein ganz neuer Absatz", StringComparison.Ordinal) && n.Message.StartsWith("Text outside", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Read_TrackedChangesAndComments_InsertedTextCountsDeletedNotCommentsIgnored()
    {
        var template = await SampleAsync();
        var docx = Edit(Profile(template), xml =>
        {
            var content = Control(xml, "steps[3].title").Element(W + "sdtContent")!;
            var run = content.Element(W + "r")!;
            var old = run.Element(W + "t")!.Value;
            run.Remove();
            content.Add(
                new XElement(W + "commentRangeStart", new XAttribute(W + "id", "0")),
                new XElement(W + "del", new XAttribute(W + "id", "1"), new XAttribute(W + "author", "A"),
                    new XElement(W + "r", new XElement(W + "delText", old))),
                new XElement(W + "ins", new XAttribute(W + "id", "2"), new XAttribute(W + "author", "A"),
                    Run("Besichtigung vor Ort")),
                new XElement(W + "commentRangeEnd", new XAttribute(W + "id", "0")),
                new XElement(W + "r", new XElement(W + "commentReference", new XAttribute(W + "id", "0"))));
        });

        var reading = Read(docx, template);

        Assert.Empty(reading.Problems);
        Assert.Equal("Besichtigung vor Ort", reading.Template!.Steps[3].Title);
        Assert.Single(reading.Changes);
    }

    [Fact]
    public async Task Read_TagsStripped_AlignedByOrderAndTitleDespiteDeletedControl()
    {
        var template = await SampleAsync();
        var docx = Edit(Profile(template), xml =>
        {
            SetText(xml, "steps[5].title", "Genehmigungen begleiten (neu)");
            SetText(xml, "risks[0].control", "Wiedervorlage im CRM");
            Control(xml, "steps[2].responsible").Remove();
            StripTags(xml);
        });

        var reading = Read(docx, template);

        Assert.Empty(reading.Problems);
        Assert.Equal(["risks[0].control", "steps[5].title"], reading.Changes.Select(c => c.Path).Order(StringComparer.Ordinal));
        Assert.Equal("Genehmigungen begleiten (neu)", reading.Template!.Steps[5].Title);
        Assert.Equal(["steps[2].responsible"], reading.Notices.Select(n => n.Path));
    }

    [Fact]
    public async Task Read_TagsAndTitlesStrippedFromOneControl_ReportedAsUnaligned()
    {
        var template = await SampleAsync();
        var docx = Edit(Profile(template), xml =>
        {
            var control = Control(xml, "steps[2].result");
            control.Descendants(W + "alias").Remove();
            control.Descendants(W + "tag").Remove();
        });

        var reading = Read(docx, template);

        Assert.Empty(reading.Changes);
        Assert.Contains(reading.Notices, n => n.Message.Contains(template.Steps[2].Result![..20], StringComparison.Ordinal));
        Assert.Contains(reading.Notices, n => n.Path == "steps[2].result");
    }

    [Fact]
    public async Task Read_RuleViolations_EveryProblemByFieldNothingToStore()
    {
        var template = await SampleAsync();
        var docx = Edit(Profile(template), xml =>
        {
            SetText(xml, "steps[0].title", new string('x', 201));
            SetText(xml, "category", "Hauptprozess");
            SetText(xml, "validFrom", "31.02.2026");
            SetText(xml, "steps[4].duration", "bald");
            SetText(xml, "name", "");
        });

        var reading = Read(docx, template, English);

        Assert.Null(reading.Template);
        Assert.Equal(
            ["$.category", "$.name", "$.steps[0].title", "$.steps[4].duration", "$.validFrom"],
            reading.Problems.Select(p => p.Path).Order(StringComparer.Ordinal));
        Assert.Contains(reading.Problems, p => p.Path == "$.category" && p.Message(English).Contains("Core process", StringComparison.Ordinal));
        Assert.All(reading.Problems, p => Assert.DoesNotContain("[", p.Message(German)[..1], StringComparison.Ordinal));
    }

    [Fact]
    public async Task ApplyTo_LatestVersion_ChangesReappliedMissingPathsReported()
    {
        var template = await SampleAsync();
        var docx = Edit(Profile(template), xml =>
        {
            SetText(xml, "steps[2].title", "Standort suchen");
            SetText(xml, "legalBasis[1]", "BauNVO (neu)");
            Holder(xml, "itSystems[0]").Remove();
        });
        var changes = Read(docx, template).Changes;
        var latest = template with
        {
            Version = 2,
            Goal = "Ein neues Ziel",
            LegalBasis = [template.LegalBasis[0]],
            ChangeHistory = [.. template.ChangeHistory, new ChangeEntry { Version = 2, Date = new DateOnly(2026, 2, 1), Author = "QM", Change = "Ziel" }],
        };

        var reading = ProfileChanges.ApplyTo(latest, changes, German);

        Assert.Empty(reading.Problems);
        Assert.Equal("Standort suchen", reading.Template!.Steps[2].Title);
        Assert.Equal("Ein neues Ziel", reading.Template.Goal);
        Assert.Equal(template.ItSystems.Skip(1), reading.Template.ItSystems);
        Assert.Equal("legalBasis[1]", Assert.Single(reading.Notices).Path);
        Assert.Equal(2, reading.Changes.Count);
    }
}
