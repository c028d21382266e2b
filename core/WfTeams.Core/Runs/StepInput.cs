using System.Collections.Immutable;
using System.Globalization;
using WfTeams.Core.Processes;

namespace WfTeams.Core.Runs;

/// <summary>Checks what was submitted for a step against the step's checklist, capture fields and decision.</summary>
public static class StepInput
{
    /// <summary>
    /// The errors at the card's inputs (empty: fine), the ticked items and the values to store: the step's
    /// earlier state overlaid with the submitted one (a blank submission clears a value). Errors is null when
    /// the input names items, fields or answers the step does not have: a tampered or foreign card.
    /// </summary>
    public static (List<FieldError>? Errors, ImmutableList<string> Checked, ImmutableDictionary<string, string> Values) Check(
        ProcessStep step,
        StepState current,
        IReadOnlyDictionary<string, bool> ticks,
        IReadOnlyDictionary<string, string> submitted,
        string? decisionId,
        bool requireAll,
        CultureInfo culture)
    {
        var values = current.Values;
        if (ticks.Keys.Any(id => step.Checklist.All(c => c.Id != id))
            || submitted.Keys.Any(id => step.Fields.All(f => f.Id != id))
            || (decisionId is not null && step.Decision?.Options.Any(o => o.Id == decisionId) != true))
        {
            return (null, current.Checked, values);
        }

        var ticked = step.Checklist
            .Where(c => ticks.TryGetValue(c.Id, out var on) ? on : current.Checked.Contains(c.Id))
            .Select(c => c.Id)
            .ToImmutableList();

        var errors = new List<FieldError>();
        foreach (var field in step.Fields)
        {
            if (!submitted.TryGetValue(field.Id, out var raw))
            {
                continue;
            }

            if (string.IsNullOrWhiteSpace(raw))
            {
                values = values.Remove(field.Id);
                continue;
            }

            var (value, errorKey) = CapturedValue.Read(field, raw, culture);
            if (errorKey is not null)
            {
                errors.Add(new FieldError(InputIds.Field(field.Id), errorKey));
            }
            else
            {
                values = values.SetItem(field.Id, value!);
            }
        }

        if (requireAll)
        {
            foreach (var field in step.Fields.Where(f => f.Required && !values.ContainsKey(f.Id)))
            {
                if (errors.All(e => e.InputId != InputIds.Field(field.Id)))
                {
                    errors.Add(new FieldError(InputIds.Field(field.Id), "FieldRequired"));
                }
            }

            foreach (var item in step.Checklist.Where(c => c.Required && !ticked.Contains(c.Id)))
            {
                errors.Add(new FieldError(InputIds.Check(item.Id), "ChecklistItemRequired"));
            }

            if (step.Decision is not null && decisionId is null)
            {
                errors.Add(new FieldError(InputIds.Decision, "DecisionRequired"));
            }
        }

        return (errors, ticked, values);
    }
}
