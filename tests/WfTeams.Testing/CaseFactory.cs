using System.Collections.Immutable;
using System.Globalization;
using WfTeams.Core.Processes;
using WfTeams.Core.Runs;
using WfTeams.Core.Storage;

namespace WfTeams.Testing;

/// <summary>Commands for tests and benchmarks: valid answers for any step, actors, samples.</summary>
public static class CaseFactory
{
    public static readonly Actor Anna = new("29:anna", "Anna Schmidt");
    public static readonly Actor Ben = new("29:ben", "Ben Yilmaz");

    public static async Task<ProcessTemplate> SampleAsync(string name)
    {
        var (template, errors) = await TemplateFile.LoadAsync(Path.Combine(Azurite.RepositoryRoot(), "samples", name + ".json"));
        return template ?? throw new InvalidOperationException(string.Join("; ", errors.Select(e => e.Path + " " + e.MessageKey)));
    }

    public static StartCase Start(string tenant, string templateId, Actor? actor = null, string subject = "Muster GmbH", string? conversation = "a:1on1-anna", bool shared = false) => new()
    {
        Tenant = tenant,
        Actor = actor ?? Anna,
        ActivityId = NewActivityId(),
        ConversationId = conversation,
        Shared = shared,
        TemplateId = templateId,
        Subject = subject,
    };

    /// <summary>Completes the case's current step with every required tick and a valid value for every field.</summary>
    public static CompleteStep Complete(CaseState state, ProcessTemplate template, string? decision = null, Actor? actor = null, string? activityId = null)
    {
        var step = template.Steps.First(s => s.Id == state.CurrentStepId);
        return new CompleteStep
        {
            Tenant = state.Tenant,
            Actor = actor ?? state.StartedBy,
            ActivityId = activityId ?? NewActivityId(),
            ConversationId = state.ConversationId,
            CaseId = state.Id,
            ExpectedStepId = step.Id,
            ExpectedVersion = state.Version,
            Ticks = step.Checklist.ToImmutableDictionary(c => c.Id, _ => true),
            Values = step.Fields.ToImmutableDictionary(f => f.Id, ValidValue),
            DecisionId = step.Decision is null ? null : decision ?? step.Decision.Options[0].Id,
        };
    }

    public static T On<T>(T command, CaseState state, Actor? actor = null)
        where T : CaseCommand => command with
        {
            Tenant = state.Tenant,
            Actor = actor ?? state.StartedBy,
            ActivityId = NewActivityId(),
            ConversationId = state.ConversationId,
            CaseId = state.Id,
            ExpectedStepId = state.CurrentStepId,
            ExpectedVersion = state.Version,
        };

    public static string ValidValue(CaptureField field) => field.Type switch
    {
        FieldType.Number => "1.250,5",
        FieldType.Date => "2026-11-28",
        FieldType.Choice => "0",
        FieldType.YesNo => "ja",
        FieldType.Link => "https://crm.example/vorgang/4711",
        FieldType.Person => "Clara Weber",
        FieldType.Multiline => "Erste Zeile\nZweite Zeile",
        _ => "Muster GmbH " + field.Id,
    };

    public static string NewActivityId() => "f:" + Guid.NewGuid().ToString("N", CultureInfo.InvariantCulture);
}
