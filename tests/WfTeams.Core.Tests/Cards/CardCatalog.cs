using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json.Nodes;
using WfTeams.Core.Cards;
using WfTeams.Core.Chat;
using WfTeams.Core.Processes;
using WfTeams.Core.Reminders;
using WfTeams.Core.Runs;
using WfTeams.Core.Storage;
using WfTeams.Testing;
using static WfTeams.Testing.CaseFactory;

namespace WfTeams.Core.Tests.Cards;

/// <summary>Every card the bot can send, in both languages, in ordinary and extreme situations.</summary>
public static class CardCatalog
{
    public static readonly DateTimeOffset Now = new(2026, 11, 28, 9, 0, 0, TimeSpan.Zero);

    public static async Task<IReadOnlyList<(string Name, JsonObject Card)>> AllAsync()
    {
        var cards = new List<(string, JsonObject)>();
        var samples = new[] { await SampleAsync("ansiedlung"), await SampleAsync("bestandskundenbetreuung") };
        foreach (var language in new[] { "de", "en" })
        {
            var culture = CultureInfo.GetCultureInfo(language);
            void Add(string name, JsonObject card) => cards.Add(($"{language}/{name}", card));

            foreach (var template in samples.Append(TemplateFactory.Large(30)).Append(Extreme()))
            {
                var started = Started(template);
                foreach (var step in template.Steps)
                {
                    var state = At(started, template, step.Id);
                    Add($"step/{template.Id}/{step.Id}", StepCard.Build(state, template, culture, Now));
                    var completed = Applied(CaseFlow.Apply(state, template, Complete(state, template), Now));
                    var recorded = new CaseEvent { Sequence = 2, Kind = CaseEventKind.Completed, StepId = step.Id, Actor = Ben, At = Now, ActivityId = "a", DecisionId = step.Decision?.Options[0].Id, Values = completed.Step(step.Id).Values, Checked = completed.Step(step.Id).Checked };
                    Add($"completed/{template.Id}/{step.Id}", CompletedStepCard.Build(completed, template, recorded, culture));
                }

                var first = At(started, template, template.Steps[0].Id);
                var wrong = Complete(first, template) with { Values = template.Steps[0].Fields.ToImmutableDictionary(f => f.Id, f => f.Type is FieldType.Text or FieldType.Multiline or FieldType.Person ? "" : "falsch") };
                if (CaseFlow.Apply(first, template, wrong, Now) is CaseInvalid invalid)
                {
                    foreach (var page in Enumerable.Range(0, 3))
                    {
                        Add($"step-errors/{template.Id}/page{page}", StepCard.Build(first, template, culture, Now, invalid.Draft, invalid.Errors, page: page));
                    }
                }

                var skipNoReason = new[] { new FieldError(InputIds.Reason, "SkipReasonRequired"), new FieldError(InputIds.Assignee, "AssigneeRequired") };
                Add($"step-skip-error/{template.Id}", StepCard.Build(first, template, culture, Now, new StepDraft([], ImmutableDictionary<string, string>.Empty, Reason: ""), skipNoReason));
                var paused = first with { Status = CaseStatus.Paused };
                Add($"step-paused/{template.Id}", StepCard.Build(paused, template, culture, Now.AddDays(30), colleagues: Colleagues(70)));
                Add($"step-colleagues/{template.Id}", StepCard.Build(first, template, culture, Now.AddDays(30), colleagues: Colleagues(3)));

                var finished = Finish(started, template);
                var cancelled = first with { Status = CaseStatus.Cancelled, CurrentStepId = null, CloseReason = new string('G', 500), ClosedBy = Ben, ClosedAt = Now };
                Add($"status/{template.Id}/active", StatusCard.Build(first, template, culture, Now));
                Add($"status/{template.Id}/overdue", StatusCard.Build(At(finished with { Status = CaseStatus.Active }, template, template.Steps[^1].Id), template, culture, Now.AddYears(1)));
                Add($"status/{template.Id}/finished", StatusCard.Build(finished, template, culture, Now));
                Add($"status/{template.Id}/cancelled", StatusCard.Build(cancelled, template, culture, Now));
                Add($"summary/{template.Id}/finished", SummaryCard.Build(finished, template, culture, new Uri("https://wfteams.example/api/cases/abc/report.docx")));
                Add($"summary/{template.Id}/cancelled", SummaryCard.Build(cancelled, template, culture));
            }

            var heads = samples.Select(Head).ToList();
            Add("processes/samples", ProcessListCard.Build(heads, culture));
            Add("processes/ambiguous", ProcessListCard.Build(heads, culture, CardText.Get("AmbiguousProcess", culture, "a")));
            Add("processes/none", ProcessListCard.Build([], culture));
            Add("processes/400", ProcessListCard.Build(Enumerable.Range(1, 400).Select(i => Head(samples[0]) with { Id = $"p{i}", Name = $"Prozess {i} " + new string('x', 180) }).ToList(), culture));
            foreach (var template in samples.Append(Extreme()))
            {
                Add($"process/{template.Id}", ProcessCard.Build(template, new Uri($"https://wfteams.example.org/api/templates/{template.Id}/diagram.png?version=3&expires=1796000000&sig={new string('s', 43)}&lang={language}"), culture));
            }

            Add("process/no-diagram", ProcessCard.Build(samples[1], null, culture));
            var crowded = TemplateFactory.Large(200);
            crowded = crowded with
            {
                Owner = new string('O', TemplateLimits.ShortText),
                Goal = new string('G', TemplateLimits.LongText),
                Steps = [.. crowded.Steps.Select((s, i) => s with { Responsible = $"Rolle {i} " + new string('r', TemplateLimits.ShortText - 10) })],
            };
            Add("process/crowded", ProcessCard.Build(crowded, new Uri("https://wfteams.example.org/api/templates/large/diagram.png?version=1&sig=" + new string('s', 1900)), culture));
            Add("subject", SubjectCard.Build("ansiedlung", samples[0].Name, culture));
            Add("subject-error", SubjectCard.Build("ansiedlung", samples[0].Name, culture, "", new FieldError(InputIds.Subject, "SubjectRequired")));
            var summaries = Enumerable.Range(1, 3).Select(i => CaseSummary.Of(At(Started(samples[0]), samples[0], samples[0].Steps[i].Id), samples[0]) with { CaseId = $"case{i}", AssigneeName = i == 2 ? "Ben Yilmaz" : null }).ToList();
            Add("mycases/none", MyCasesCard.Build([], culture, Now));
            Add("mycases/three-one-overdue", MyCasesCard.Build(summaries, culture, Now.AddDays(2)));
            Add("mycases/paused", MyCasesCard.Build([summaries[0] with { Status = CaseStatus.Paused }], culture, Now));
            Add("mycases/50-long", MyCasesCard.Build(Enumerable.Range(1, CaseStore.MaxListed).Select(i => summaries[0] with { CaseId = $"c{i}", Subject = new string('S', 200), TemplateName = new string('T', 200), StepTitle = new string('X', 200), AssigneeName = new string('A', 200) }).ToList(), culture, Now));
            var longSummary = summaries[0] with { Subject = new string('S', 200), TemplateName = new string('T', 200), StepTitle = new string('X', 200), AssigneeName = new string('A', 200) };
            Add("reminder/overdue", ReminderCards.Overdue(summaries[1], culture));
            Add("reminder/overdue-unreachable-long", ReminderCards.Overdue(longSummary, culture, unreachable: new string('B', 200)));
            Add("reminder/digest", ReminderCards.Digest(summaries, culture, Now.AddDays(2)));
            Add("reminder/digest-50-long", ReminderCards.Digest(Enumerable.Range(1, CaseStore.MaxListed).Select(i => longSummary with { CaseId = $"c{i}" }).ToList(), culture, Now.AddDays(30)));
            foreach (var template in samples.Append(Extreme()))
            {
                var assigned = At(Started(template), template, template.Steps[^1].Id);
                Add($"reminder/assigned/{template.Id}", ReminderCards.Assigned(assigned with { Steps = assigned.Steps.SetItem(template.Steps[^1].Id, assigned.Step(template.Steps[^1].Id) with { Assignee = Ben }) }, template, culture, Now));
                Add($"reminder/finished/{template.Id}", ReminderCards.Finished(Finish(Started(template), template), culture));
            }

            foreach (var refusal in Refusals())
            {
                Add($"refusal/{refusal.MessageKey}", RefusalCard.Build(refusal, culture, "case1"));
            }

            Add("refusal/no-case", RefusalCard.Build(new Refusal(RefusalCode.NotFound, "CaseNotFound"), culture));
            Add("published", PublishCard.Build(samples[0].Name, 3, new Uri("http://127.0.0.1:3978/handbook/Ansiedlung.docx"), new Uri("http://127.0.0.1:3978/handbook/Ansiedlung.pdf"), alreadyPublished: false, culture));
            Add("published/again-long", PublishCard.Build(new string('N', 500), 12, new Uri("https://contoso.sharepoint.com/sites/Prozesse/Handbuch/" + new string('u', 1900) + ".docx"), null, alreadyPublished: true, culture));
            Add("publish/choose", PublishCard.Choose(CardText.Get("PublishAmbiguousProcess", culture, "a"), [.. heads.Select(h => h.Name)], culture));
            Add("publish/choose-400", PublishCard.Choose(CardText.Get("PublishNoProcessMatch", culture, new string('z', 100)), [.. Enumerable.Range(1, 400).Select(i => $"Prozess {i} " + new string('x', 180))], culture));
            Add("help", HelpCard.Build(culture));
            Add("help/welcome", HelpCard.Build(culture, welcome: true));
            Add("help/unknown", HelpCard.Build(culture, "prozese"));
            Add("help/long-unknown", HelpCard.Build(culture, new string('?', 1000)));
            foreach (var (name, card) in CaptureCardCatalog.All(samples, culture))
            {
                Add(name, card);
            }
            foreach (var (name, card) in await FigureCards.AllAsync(culture)) Add(name, card);
        }

        return cards;
    }

    /// <summary>A step at every limit of the template format: the card must page.</summary>
    public static ProcessTemplate Extreme() => TemplateFactory.Minimal("extrem") with
    {
        Name = new string('N', TemplateLimits.ShortText),
        Steps =
        [
            new ProcessStep
            {
                Id = "alles",
                Title = new string('T', TemplateLimits.ShortText),
                Description = string.Concat(Enumerable.Repeat("Beschreibung mit Umlauten äöü. ", 400))[..TemplateLimits.LongText],
                Responsible = new string('R', TemplateLimits.ShortText),
                Duration = "P2W",
                Checklist = Enumerable.Range(1, TemplateLimits.ChecklistItems).Select(i => new ChecklistItem { Id = $"c{i}", Text = $"{i} " + new string('c', TemplateLimits.MediumText - 5), Required = i % 2 == 0 }).ToList(),
                Fields = Enumerable.Range(1, TemplateLimits.CaptureFields).Select(i => new CaptureField
                {
                    Id = $"f{i}",
                    Label = $"{i} " + new string('L', TemplateLimits.ShortText - 5),
                    Type = (FieldType)(i % 8),
                    Required = i % 3 == 0,
                    Help = new string('H', TemplateLimits.MediumText),
                    Options = (FieldType)(i % 8) == FieldType.Choice ? Enumerable.Range(1, TemplateLimits.ChoiceOptions).Select(o => $"{o} " + new string('o', TemplateLimits.ShortText - 5)).ToList() : [],
                }).ToList(),
                Decision = new Decision
                {
                    Question = new string('Q', TemplateLimits.ShortText),
                    Options = Enumerable.Range(1, TemplateLimits.DecisionOptions).Select(o => new DecisionOption { Id = $"o{o}", Label = $"{o} " + new string('a', TemplateLimits.ShortText - 5), End = true }).ToList(),
                },
                Links = Enumerable.Range(1, TemplateLimits.ListItems).Select(l => new DocumentReference { Title = new string('D', TemplateLimits.ShortText), Url = "https://intranet.example/" + new string('u', 1900) }).ToList(),
            },
        ],
    };

    public static CaseState Started(ProcessTemplate template) =>
        CaseFlow.Start(Start("t1", template.Id, subject: "Muster GmbH & Co. KG"), template, "case1", Now).State;

    /// <summary>The case standing at <paramref name="stepId"/>, one step behind it (so "back" shows).</summary>
    public static CaseState At(CaseState state, ProcessTemplate template, string stepId) => state with
    {
        Status = CaseStatus.Active,
        CurrentStepId = stepId,
        Path = [template.Steps[0].Id],
        Steps = state.Steps.SetItem(stepId, state.Step(stepId) with { CompletedAt = null, CompletedBy = null, StartedAt = Now, DueAt = StepDuration.DueAt(template.Steps.First(s => s.Id == stepId).Duration, Now), Assignee = Ben }),
        ClosedAt = null,
        ClosedBy = null,
    };

    /// <summary>Every step done with every field filled: the most a status or summary card has to show.</summary>
    public static CaseState Finish(CaseState state, ProcessTemplate template)
    {
        foreach (var step in template.Steps)
        {
            var at = At(state, template, step.Id);
            var command = Complete(at, template) with { Values = step.Fields.ToImmutableDictionary(f => f.Id, f => f.Type is FieldType.Multiline ? new string('m', CapturedValue.MaxMultilineChars) : f.Type is FieldType.Text or FieldType.Person ? new string('t', CapturedValue.MaxTextChars) : ValidValue(f)) };
            state = Applied(CaseFlow.Apply(at, template, command, Now));
        }

        return state with { Status = CaseStatus.Finished, CurrentStepId = null, ClosedAt = Now, ClosedBy = Anna };
    }

    private static CaseState Applied(CaseOutcome outcome) => outcome is CaseApplied applied ? applied.State : throw new InvalidOperationException(outcome.ToString());

    private static List<Actor> Colleagues(int count) => Enumerable.Range(1, count).Select(i => new Actor($"29:{i}" + new string('x', 100), $"Kollegin {i} " + new string('n', 150))).ToList();

    private static TemplateHead Head(ProcessTemplate template) =>
        new(template.Id, template.Name, template.Owner, "core", template.Version, template.Version, TemplateStatus.Released, Now, default);

    private static IEnumerable<Refusal> Refusals() =>
    [
        new(RefusalCode.Stale, "StepAlreadyCompleted", new string('B', 200), Now),
        new(RefusalCode.Stale, "StepAlreadySkipped", "Ben Yilmaz", Now),
        new(RefusalCode.Stale, "CardOutdated"),
        new(RefusalCode.Closed, "CaseWasCancelled", "Muster GmbH", "Ben Yilmaz", Now),
        new(RefusalCode.Closed, "CaseIsFinished", "Muster GmbH", Now),
        new(RefusalCode.NotAMember, "NotACaseMember"),
        new(RefusalCode.Paused, "CasePaused", "Muster GmbH"),
        new(RefusalCode.NotPaused, "CaseNotPaused", "Muster GmbH"),
        new(RefusalCode.Tampered, "ActionTampered"),
        new(RefusalCode.UnknownVerb, "UnknownAction"),
        new(RefusalCode.AtFirstStep, "AtFirstStep"),
        new(RefusalCode.CannotSkipDecision, "CannotSkipDecision"),
        new(RefusalCode.TemplateNotReleased, "TemplateNotReleased", "Ansiedlung"),
        new(RefusalCode.NotFound, "TemplateNotFound", "urlaub"),
        new(RefusalCode.TooLarge, "CaseTooLarge"),
        new(RefusalCode.NotFound, "NoProcessMatch", "Urlaub"),
        new(RefusalCode.NotFound, "NoOpenCase"),
        new(RefusalCode.NotAnEditor, "PublishEditorsOnly"),
        new(RefusalCode.NotFound, "PublishNotInChat"),
        new(RefusalCode.TemplateNotReleased, "PublishRefused", "Version 1 der Vorlage „entwurf“ ist nicht freigegeben; veröffentlicht werden nur freigegebene Versionen"),
    ];
}
