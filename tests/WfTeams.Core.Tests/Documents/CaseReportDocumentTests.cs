using System.Collections.Immutable;
using System.Globalization;
using WfTeams.Core.Documents;
using WfTeams.Core.Processes;
using WfTeams.Core.Runs;
using WfTeams.Testing;
using static WfTeams.Testing.CaseWalk;

namespace WfTeams.Core.Tests.Documents;

public sealed class CaseReportDocumentTests
{
    private static readonly CultureInfo German = CultureInfo.GetCultureInfo("de");
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en");

    public static TheoryData<string, string, bool> Variants()
    {
        var data = new TheoryData<string, string, bool>();
        foreach (var kind in new[] { "finished", "cancelled", "open", "fresh" })
        {
            data.Add(kind, "de", false);
            data.Add(kind, "en", true);
        }

        return data;
    }

    internal static CaseState Case(ProcessTemplate template, string kind) => kind switch
    {
        "finished" => Walk(template, skipAt: 1),
        "cancelled" => Walk(template, skipAt: 1, stopAfter: 3, cancel: true),
        "open" => Walk(template, skipAt: 1, stopAfter: 3),
        _ => Walk(template, stopAfter: 0),
    };

    [Theory]
    [MemberData(nameof(Variants))]
    public async Task Create_EveryKindOfCase_IsValidWord(string kind, string language, bool styled)
    {
        var template = await CaseFactory.SampleAsync("ansiedlung");

        var docx = CaseReportDocument.Create(Case(template, kind), template, ProfileDocumentTests.Options(language, styled));

        Assert.Empty(ProfileInspection.ValidationErrors(docx));
    }

    [Fact]
    public async Task Create_FinishedCase_ShowsSubjectTemplateAndEveryStepWithWhoWhenDataAndDecision()
    {
        var template = await CaseFactory.SampleAsync("ansiedlung");
        var state = Walk(template, skipAt: 1);
        Assert.Equal(CaseStatus.Finished, state.Status);

        var text = ProfileInspection.BodyText(CaseReportDocument.Create(state, template));

        Assert.Contains("Müller & Söhne GmbH", text);
        Assert.Contains("Fallbericht", text);
        Assert.Contains($"{template.Name}, Version {template.Version}", text);
        Assert.Contains("Anna Schmidt, 02.11.2026, 09:30 Uhr", text);
        Assert.Contains("abgeschlossen am", text);
        var report = CaseReport.Of(state, template);
        var walked = report.Steps.Where(l => l.Outcome is CaseReport.StepOutcome.Completed or CaseReport.StepOutcome.Skipped).ToList();
        Assert.NotEmpty(walked);
        foreach (var line in walked)
        {
            Assert.Contains($"{line.Number}. {line.Step.Title}", text);
            Assert.Contains(line.By!.Name, text);
            foreach (var captured in line.Captured)
            {
                Assert.Contains(captured.Label, text);
                Assert.Contains(CapturedValue.Display(line.Step.Fields.First(f => f.Id == captured.FieldId), captured.Value, German).Split('\n')[0], text);
            }

            if (line.Decision is { } decision)
            {
                Assert.Contains($"{line.Step.Decision!.Question}: {decision}", text);
            }
        }

        Assert.Contains("Übersprungen von Ben Yilmaz", text);
        Assert.Contains(SkipReason, text);
        Assert.Contains("1.250,5", text);
    }

    [Fact]
    public async Task Create_Steps_FollowTheCourseOfTheCase()
    {
        var template = await CaseFactory.SampleAsync("ansiedlung");
        var state = Walk(template);

        var headings = ProfileInspection.Headings(CaseReportDocument.Create(state, template), "Heading2");

        var expected = state.Path.Distinct().Select(id => template.Steps.Select((s, i) => (s, i)).First(x => x.s.Id == id)).Select(x => $"{x.i + 1}. {x.s.Title}").ToList();
        Assert.Equal(expected, headings);
    }

    [Fact]
    public async Task Create_CancelledCase_ShowsReasonAndWhatStayedOpen()
    {
        var template = await CaseFactory.SampleAsync("ansiedlung");
        var state = Walk(template, skipAt: 1, stopAfter: 3, cancel: true);

        var docx = CaseReportDocument.Create(state, template);
        var text = ProfileInspection.BodyText(docx);

        Assert.Contains("abgebrochen von Ben Yilmaz", text);
        Assert.Contains(CancelReason, text);
        Assert.Contains(["Überblick", "Verlauf", "Offene Punkte"], ProfileInspection.Headings(docx).ToArray());
        Assert.Contains($"{template.Steps.Count}. {template.Steps[^1].Title}: nicht erreicht", text);
        var stoppedAt = template.Steps.Select((step, i) => (step, i)).Single(x => state.Steps.ContainsKey(x.step.Id) && !state.Path.Contains(x.step.Id));
        Assert.Contains($"{stoppedAt.i + 1}. {stoppedAt.step.Title}: begonnen, nicht erledigt", text);
        Assert.Contains($"{stoppedAt.i + 1}. {stoppedAt.step.Title}: {stoppedAt.step.Checklist.First(c => c.Required).Text}", text);

        // The skipped step's required checklist items and fields are open.
        var skipped = CaseReport.Of(state, template).Steps.Single(l => l.Outcome == CaseReport.StepOutcome.Skipped);
        Assert.NotEmpty(skipped.OpenItems);
        Assert.Contains($"{skipped.Number}. {skipped.Step.Title}: {skipped.OpenItems[0]}", text);
    }

    [Fact]
    public async Task Create_English_HasEnglishLabelsAndDates()
    {
        var template = await CaseFactory.SampleAsync("ansiedlung");
        var state = Walk(template, skipAt: 1, stopAfter: 3, cancel: true);

        var docx = CaseReportDocument.Create(state, template, new DocumentOptions { Culture = English });
        var text = ProfileInspection.BodyText(docx);

        Assert.Equal(["Overview", "Course of the case", "Open items"], ProfileInspection.Headings(docx));
        Assert.Contains("Case report", text);
        Assert.Contains("Skipped by Ben Yilmaz on", text);
        Assert.Contains("cancelled by Ben Yilmaz on", text);
        Assert.Contains("2 Nov 2026", text);
        Assert.DoesNotContain("Fallbericht", text);
        Assert.DoesNotContain("Überblick", text);
    }

    [Fact]
    public void Create_HostileText_IsValidAndKeepsTheReadableRest()
    {
        var template = HostileTemplates.Everything();
        var state = Walk(template, skipAt: 2, stopAfter: 6, cancel: true);
        var bad = "\u0001\u0000\u000B\uFFFE\uD800";
        state = state with
        {
            Subject = "Firma " + bad + "<&> ]]> 😀",
            CloseReason = "Grund " + bad,
            StartedBy = new Actor("29:x", "Name " + bad),
            Steps = state.Steps.SetItem(template.Steps[0].Id, state.Step(template.Steps[0].Id) with
            {
                Values = template.Steps[0].Fields.ToDictionary(f => f.Id, f => "Wert " + bad + "\r\nzweite Zeile\tmit Tab").ToImmutableDictionary(),
            }),
        };

        var docx = CaseReportDocument.Create(state, template, ProfileDocumentTests.Options("de", styled: true));
        var text = ProfileInspection.BodyText(docx);

        Assert.Empty(ProfileInspection.ValidationErrors(docx));
        Assert.Contains("Firma <&> ]]> 😀", text);
        Assert.Contains("Grund ", text);
        Assert.Contains("zweite Zeile\tmit Tab", text);
    }

    [Fact]
    public void Create_500StepCase_IsValidAndHasEveryStep()
    {
        var template = TemplateFactory.Large(500);
        var state = Walk(template);
        Assert.Equal(CaseStatus.Finished, state.Status);

        var docx = CaseReportDocument.Create(state, template);

        Assert.Empty(ProfileInspection.ValidationErrors(docx));
        Assert.Equal(500, ProfileInspection.Headings(docx, "Heading2").Count);
    }

    [Fact]
    public void FileName_Umlauts_KeptAndForbiddenCharactersReplaced()
    {
        var state = Walk(TemplateFactory.Minimal(), subject: "Müller/Söhne: \"A*B\"", stopAfter: 0) with { TemplateName = "Ansiedlung?" };

        Assert.Equal("Fallbericht Müller_Söhne_ _A_B_ – Ansiedlung_.docx", CaseReportDocument.FileName(state, German));
        Assert.StartsWith("Case report ", CaseReportDocument.FileName(state, English));
    }
}
