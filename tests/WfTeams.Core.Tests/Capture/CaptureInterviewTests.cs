using WfTeams.Core.Capture;
using WfTeams.Core.Processes;

namespace WfTeams.Core.Tests.Capture;

public sealed class CaptureInterviewTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 1, 9, 0, 0, TimeSpan.Zero);

    /// <summary>A draft with its master data answered, at the first step card.</summary>
    private static Draft AtSteps()
    {
        var draft = Draft.Start("d1", "u1", "Erika", Now);
        for (var card = 0; card < MasterQuestions.Cards; card++)
        {
            var questions = MasterQuestions.OnCardOf(draft.Question);
            var outcome = questions.All(q => q.Optional)
                ? CaptureInterview.Skip(draft, Now)
                : CaptureInterview.Answer(draft, questions.Where(q => !q.Optional).ToDictionary(q => q.Key, q => "Antwort " + q.Key), Now);
            Assert.True(outcome.Stored, $"card {card}");
            draft = outcome.Draft;
        }

        Assert.True(draft.InSteps);
        return draft;
    }

    private static Dictionary<string, string> Answers(params (string Key, string Text)[] answers) => answers.ToDictionary(a => a.Key, a => a.Text);

    private static Draft Step(Draft draft, StepForm form, bool finish = false)
    {
        var outcome = CaptureInterview.SaveStep(draft, form, null, finish, Now);
        Assert.True(outcome.Stored, string.Join("; ", outcome.Errors));
        return outcome.Draft;
    }

    [Fact]
    public void MasterData_RequiredEmptyOrOverlong_RefusedDraftUnchanged()
    {
        var draft = Draft.Start("d1", "u1", "Erika", Now);

        var empty = CaptureInterview.Answer(draft, Answers(("name", "   "), ("owner", "Team")), Now);
        var overlong = CaptureInterview.Answer(draft, Answers(("name", new string('x', TemplateLimits.ShortText + 1)), ("owner", "Team")), Now);
        var skipRequired = CaptureInterview.Skip(draft, Now);

        Assert.False(empty.Stored);
        Assert.Equal("CaptureRequired", Assert.Single(empty.Errors).MessageKey);
        Assert.Equal("TooLong", Assert.Single(overlong.Errors).MessageKey);
        Assert.Equal("CaptureNotSkippable", Assert.Single(skipRequired.Errors).MessageKey);
        Assert.Same(draft, overlong.Draft);
    }

    [Fact]
    public void NameCard_AnsweredInOneSubmit_EveryErrorAtItsInput_BackShowsTheAnswersAgain()
    {
        var draft = Draft.Start("d1", "u1", "Erika", Now);

        var bad = CaptureInterview.Answer(draft, Answers(("name", ""), ("category", "irgendwas"), ("owner", "Team")), Now);
        var good = CaptureInterview.Answer(draft, Answers(("name", "Bestandspflege"), ("code", "KP-02"), ("category", "core"), ("owner", "Team"), ("scope", "Alle Firmen")), Now);

        Assert.Equal([("name", "CaptureRequired"), ("category", "CaptureBadCategory")], bad.Errors.Select(e => (e.Path, e.MessageKey)));
        Assert.Same(draft, bad.Draft);
        Assert.True(good.Stored);
        Assert.Equal(("Bestandspflege", "KP-02", ProcessCategory.Core, "Team", "Alle Firmen"), (good.Draft.Template.Name, good.Draft.Template.Code, good.Draft.Template.Category, good.Draft.Template.Owner, good.Draft.Template.Scope));
        Assert.Equal("goal", MasterQuestions.All[good.Draft.Question].Key);
        var back = CaptureInterview.Back(good.Draft, Now).Draft;
        Assert.Equal(0, back.Question);
        Assert.Equal(["Bestandspflege", "KP-02", "core", "Team", "Alle Firmen"], MasterQuestions.OnCardOf(back.Question).Select(q => q.Current(back.Template)));
    }

    [Fact]
    public void ListAnswers_OneLineAnItemPartsBySeparator_AndBackShowsThemAgain()
    {
        var draft = Draft.Start("d1", "u1", "Erika", Now) with { Question = MasterQuestions.IndexOf("inputs") };

        var outcome = CaptureInterview.Answer(draft, Answers(("inputs", "- Anfrage | Unternehmen\n\nBesuchsplan\nHinweis | Kammer | mit | Strichen")), Now);

        Assert.True(outcome.Stored);
        Assert.Equal(
            [new ProcessInput { Description = "Anfrage", Supplier = "Unternehmen" }, new ProcessInput { Description = "Besuchsplan" }, new ProcessInput { Description = "Hinweis", Supplier = "Kammer | mit | Strichen" }],
            outcome.Draft.Template.Inputs);
        var back = CaptureInterview.Back(outcome.Draft, Now).Draft;
        Assert.Equal("Anfrage | Unternehmen\nBesuchsplan\nHinweis | Kammer | mit | Strichen", MasterQuestions.All[back.Question].Current(back.Template));
    }

    [Fact]
    public void BadInterfaceDirectionOrCategory_ToldWhatIsExpected()
    {
        var draft = Draft.Start("d1", "u1", "Erika", Now);

        var direction = CaptureInterview.Answer(draft with { Question = MasterQuestions.IndexOf("inputs") }, Answers(("interfaces", "seitlich | KP-01")), Now);
        var category = CaptureInterview.Answer(draft, Answers(("name", "Test"), ("owner", "Team"), ("category", "irgendwas")), Now);

        Assert.Equal("CaptureBadDirection", Assert.Single(direction.Errors).MessageKey);
        Assert.Equal("CaptureBadCategory", Assert.Single(category.Errors).MessageKey);
    }

    [Fact]
    public void Step_DuplicateTitle_RefusedAtTheTitle()
    {
        var draft = Step(AtSteps(), new StepForm { Title = "Anfrage erfassen", Responsible = "Team" });

        var again = CaptureInterview.SaveStep(draft, new StepForm { Title = "anfrage erfassen ", Responsible = "Team" }, null, false, Now);

        Assert.False(again.Stored);
        Assert.Equal(("title", "CaptureDuplicateStep"), (again.Errors[0].Path, again.Errors[0].MessageKey));
        Assert.Single(again.Draft.Template.Steps);
    }

    [Fact]
    public void Step_BadTypeDurationAndOneAnswer_EveryProblemAtItsInput()
    {
        var form = new StepForm
        {
            Title = "Prüfen", Responsible = "Team", Duration = "bald",
            Fields = "Fläche | quadratmeter\nAnlass | auswahl",
            Question = "Passt es?", Answers = "Ja -> Ende",
        };

        var outcome = CaptureInterview.SaveStep(AtSteps(), form, null, false, Now);

        Assert.False(outcome.Stored);
        Assert.Equal(
            [("answers", "CaptureDecisionTooFew"), ("duration", "CaptureBadDuration"), ("fields", "CaptureBadFieldType"), ("fields", "CaptureChoiceNeedsOptions")],
            outcome.Errors.Select(e => (e.Path, e.MessageKey)).OrderBy(e => e.Path, StringComparer.Ordinal).ThenBy(e => e.MessageKey, StringComparer.Ordinal));
    }

    [Fact]
    public void DecisionLeadingNowhere_KeptButNamedAtThePreview_NotReady()
    {
        var draft = Step(AtSteps(), new StepForm { Title = "Prüfen", Responsible = "Team", Question = "Passt es?", Answers = "Ja -> Zusage\nNein -> Ende" }, finish: true);

        var problems = CaptureInterview.Problems(draft);

        Assert.True(draft.Finished);
        Assert.Contains(problems, p => p.MessageKey == "StepNotFound" && Equals(p.Args[0], "zusage"));
        var fixedIt = CaptureInterview.SaveStep(draft, new StepForm { Title = "Zusage", Responsible = "Team" }, null, false, Now);
        Assert.Empty(CaptureInterview.Problems(fixedIt.Draft));
    }

    [Fact]
    public void StepsParsed_DurationsChecklistFieldsDecision()
    {
        var form = new StepForm
        {
            Title = "Besuch planen", Responsible = "Betreuer/in", Duration = "2 Std",
            Checklist = "Termin vereinbart *\nTermin im CRM",
            Fields = "Unternehmen | text *\nAnlass | auswahl | Turnus; Anliegen *\nTermin | datum",
            Question = "Termin steht?", Answers = "Ja -> Ende\nNein → Besuch planen",
        };

        var step = Step(AtSteps(), form).Template.Steps.Single();

        Assert.Equal(("besuch-planen", "PT2H"), (step.Id, step.Duration));
        Assert.Equal([("termin-vereinbart", true), ("termin-im-crm", false)], step.Checklist.Select(c => (c.Id, c.Required)));
        Assert.Equal([FieldType.Text, FieldType.Choice, FieldType.Date], step.Fields.Select(f => f.Type));
        Assert.Equal(["Turnus", "Anliegen"], step.Fields[1].Options);
        Assert.True(step.Fields[1].Required);
        Assert.Equal([(true, (string?)null), (false, "besuch-planen")], step.Decision!.Options.Select(o => (o.End, o.Next)));
    }

    [Fact]
    public void RetitledStep_DecisionsFollowIt_MoveUpAndDelete()
    {
        var draft = Step(AtSteps(), new StepForm { Title = "A", Responsible = "T", Question = "?", Answers = "x -> B\ny -> Ende" });
        draft = Step(draft, new StepForm { Title = "B", Responsible = "T" }, finish: true);

        var renamed = CaptureInterview.SaveStep(draft, new StepForm { Title = "Bee", Responsible = "T" }, 1, false, Now).Draft;
        Assert.Equal("bee", renamed.Template.Steps[0].Decision!.Options[0].Next);
        Assert.Empty(CaptureInterview.Problems(renamed));

        var moved = CaptureInterview.MoveUp(renamed, 1, Now).Draft;
        Assert.Equal(["bee", "a"], moved.Template.Steps.Select(s => s.Id));
        var deleted = CaptureInterview.Delete(renamed, 1, Now);
        Assert.Contains(deleted.Errors, e => e.MessageKey == "StepNotFound");
        Assert.False(CaptureInterview.MoveUp(renamed, 0, Now).Stored);
    }

    [Fact]
    public async Task StepForm_OfSampleStep_BuildsTheSameStepBack()
    {
        var template = await Testing.CaseFactory.SampleAsync("bestandskundenbetreuung");
        var step = template.Steps[2];

        var (built, errors) = StepBuilder.Build(StepForm.Of(step, template), template, 2);

        Assert.Empty(errors);
        Assert.Equal(step.Title, built!.Title);
        Assert.Equal(step.Fields.Select(f => (f.Label, f.Type, f.Required, string.Join(";", f.Options))), built.Fields.Select(f => (f.Label, f.Type, f.Required, string.Join(";", f.Options))));
        Assert.Equal(step.Checklist.Select(c => (c.Text, c.Required)), built.Checklist.Select(c => (c.Text, c.Required)));
        Assert.Equal(step.Decision!.Options.Select(o => o.Next), built.Decision!.Options.Select(o => o.Next));
    }
}
