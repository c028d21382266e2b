using System.Text.RegularExpressions;

namespace WfTeams.Core.Processes;

/// <summary>
/// The rules beyond structure: ids, references, the step graph (every step reachable from the
/// first, an end reachable from every step), and field consistency. Reports every error found.
/// </summary>
public static partial class TemplateValidator
{
    public static IReadOnlyList<TemplateError> Validate(ProcessTemplate template)
    {
        var errors = new List<TemplateError>();
        CheckId(template.Id, "$.id", errors);
        CheckPositive(template.Version, "$.version", errors);
        CheckNotBlank(template.Name, "$.name", errors);
        CheckNotBlank(template.Owner, "$.owner", errors);
        CheckNotBlank(template.Goal, "$.goal", errors);
        CheckNotBlank(template.Trigger, "$.trigger", errors);
        CheckNotBlank(template.Result, "$.result", errors);
        CheckEachNotBlank(template.Inputs, i => i.Description, "$.inputs", "description", errors);
        CheckEachNotBlank(template.Outputs, o => o.Description, "$.outputs", "description", errors);
        CheckEachNotBlank(template.Participants, p => p.Role, "$.participants", "role", errors);
        CheckEachNotBlank(template.Interfaces, i => i.Process, "$.interfaces", "process", errors);
        CheckEachNotBlank(template.ItSystems, s => s, "$.itSystems", null, errors);
        CheckEachNotBlank(template.LegalBasis, s => s, "$.legalBasis", null, errors);
        CheckEachNotBlank(template.Kpis, k => k.Name, "$.kpis", "name", errors);
        CheckEachNotBlank(template.Kpis, k => k.Target, "$.kpis", "target", errors);
        CheckEachNotBlank(template.Risks, r => r.Description, "$.risks", "description", errors);
        CheckEachNotBlank(template.ChangeHistory, c => c.Author, "$.changeHistory", "author", errors);
        CheckEachNotBlank(template.ChangeHistory, c => c.Change, "$.changeHistory", "change", errors);
        CheckDocuments(template.Documents, "$.documents", errors);

        for (var i = 0; i < template.ChangeHistory.Count; i++)
        {
            var entry = template.ChangeHistory[i];
            CheckPositive(entry.Version, $"$.changeHistory[{i}].version", errors);
            if (entry.Version > template.Version)
            {
                errors.Add(new TemplateError($"$.changeHistory[{i}].version", "HistoryVersionAhead", entry.Version, template.Version));
            }
        }

        if (template.Steps.Count == 0)
        {
            errors.Add(new TemplateError("$.steps", "NoSteps"));
            return errors;
        }

        var stepIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < template.Steps.Count; i++)
        {
            var step = template.Steps[i];
            var path = $"$.steps[{i}]";
            if (CheckId(step.Id, $"{path}.id", errors) && !stepIndex.TryAdd(step.Id, i))
            {
                errors.Add(new TemplateError($"{path}.id", "DuplicateId", step.Id, $"$.steps[{stepIndex[step.Id]}]"));
            }

            CheckStep(step, path, errors);
        }

        var before = errors.Count;
        var successors = template.Steps.Select((step, i) => Successors(template, step, i, stepIndex, $"$.steps[{i}]", errors)).ToArray();
        if (errors.Count == before)
        {
            // With a broken reference the graph is not the author's: its findings would only mislead.
            CheckGraph(template, successors, errors);
        }

        CheckKpiFields(template, errors);
        return errors;
    }

    /// <summary>A measured KPI names a capture field of some step and how to combine it; sum and average need a number field.</summary>
    private static void CheckKpiFields(ProcessTemplate template, List<TemplateError> errors)
    {
        for (var i = 0; i < template.Kpis.Count; i++)
        {
            var kpi = template.Kpis[i];
            var path = $"$.kpis[{i}]";
            if (kpi.Field is null)
            {
                if (kpi.Aggregate is not null)
                {
                    errors.Add(new TemplateError($"{path}.aggregate", "KpiAggregateWithoutField"));
                }

                continue;
            }

            var field = template.Steps.SelectMany(s => s.Fields).FirstOrDefault(f => string.Equals(f.Id, kpi.Field, StringComparison.Ordinal));
            if (field is null)
            {
                errors.Add(new TemplateError($"{path}.field", "KpiFieldNotFound", kpi.Field));
            }
            else if (kpi.Aggregate is null)
            {
                errors.Add(new TemplateError($"{path}.aggregate", "KpiAggregateRequired", kpi.Field));
            }
            else if (kpi.Aggregate is not KpiAggregate.Count && field.Type != FieldType.Number)
            {
                errors.Add(new TemplateError($"{path}.aggregate", "KpiFieldNotNumber", kpi.Field));
            }
        }
    }

    private static void CheckStep(ProcessStep step, string path, List<TemplateError> errors)
    {
        CheckNotBlank(step.Title, $"{path}.title", errors);
        CheckNotBlank(step.Responsible, $"{path}.responsible", errors);
        CheckEachNotBlank(step.Contributors, s => s, $"{path}.contributors", null, errors);
        CheckEachNotBlank(step.Tools, s => s, $"{path}.tools", null, errors);
        if (step.Duration is not null && !IsDuration(step.Duration))
        {
            errors.Add(new TemplateError($"{path}.duration", "InvalidDuration", step.Duration));
        }
        else if (step.WorkingDays && (step.Duration is null || !WorkingDayDuration().IsMatch(step.Duration)))
        {
            errors.Add(new TemplateError($"{path}.workingDays", "WorkingDaysNeedDays", step.Duration ?? ""));
        }

        CheckUniqueIds(step.Checklist.Select(c => c.Id), $"{path}.checklist", errors);
        for (var i = 0; i < step.Checklist.Count; i++)
        {
            CheckNotBlank(step.Checklist[i].Text, $"{path}.checklist[{i}].text", errors);
        }

        CheckUniqueIds(step.Fields.Select(f => f.Id), $"{path}.fields", errors);
        for (var i = 0; i < step.Fields.Count; i++)
        {
            var field = step.Fields[i];
            var fieldPath = $"{path}.fields[{i}]";
            CheckNotBlank(field.Label, $"{fieldPath}.label", errors);
            if (field.Type == FieldType.Choice && field.Options.Count < 2)
            {
                errors.Add(new TemplateError($"{fieldPath}.options", "ChoiceNeedsOptions"));
            }
            else if (field.Type != FieldType.Choice && field.Options.Count > 0)
            {
                errors.Add(new TemplateError($"{fieldPath}.options", "OptionsOnlyForChoice"));
            }

            var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            for (var j = 0; j < field.Options.Count; j++)
            {
                CheckNotBlank(field.Options[j], $"{fieldPath}.options[{j}]", errors);
                if (!seen.Add(field.Options[j].Trim()))
                {
                    errors.Add(new TemplateError($"{fieldPath}.options[{j}]", "DuplicateOption", field.Options[j]));
                }
            }
        }

        CheckDocuments(step.Links, $"{path}.links", errors);
        if (step.Decision is { } decision)
        {
            CheckNotBlank(decision.Question, $"{path}.decision.question", errors);
            if (decision.Options.Count < 2)
            {
                errors.Add(new TemplateError($"{path}.decision.options", "DecisionTooFewOptions"));
            }

            CheckUniqueIds(decision.Options.Select(o => o.Id), $"{path}.decision.options", errors);
            for (var i = 0; i < decision.Options.Count; i++)
            {
                CheckNotBlank(decision.Options[i].Label, $"{path}.decision.options[{i}].label", errors);
            }
        }
    }

    /// <summary>The steps that may follow step <paramref name="index"/>; -1 stands for the end of the process.</summary>
    private static int[] Successors(ProcessTemplate template, ProcessStep step, int index, Dictionary<string, int> stepIndex, string path, List<TemplateError> errors)
    {
        if (step.Decision is { } decision)
        {
            if (step.Next is not null)
            {
                errors.Add(new TemplateError($"{path}.next", "NextWithDecision", "next"));
            }

            if (step.End)
            {
                errors.Add(new TemplateError($"{path}.end", "NextWithDecision", "end"));
            }

            var targets = new List<int>();
            for (var i = 0; i < decision.Options.Count; i++)
            {
                var option = decision.Options[i];
                var optionPath = $"{path}.decision.options[{i}]";
                if ((option.Next is null) == !option.End) // neither or both
                {
                    errors.Add(new TemplateError(optionPath, "OptionNeedsTarget"));
                }
                else if (option.End)
                {
                    targets.Add(-1);
                }
                else if (Resolve(option.Next!, stepIndex, $"{optionPath}.next", errors) is { } target)
                {
                    targets.Add(target);
                }
            }

            return [.. targets];
        }

        if (step.Next is not null && step.End)
        {
            errors.Add(new TemplateError($"{path}.end", "NextAndEnd"));
            return [-1];
        }

        if (step.Next is not null)
        {
            return Resolve(step.Next, stepIndex, $"{path}.next", errors) is { } target ? [target] : [];
        }

        return step.End || index == template.Steps.Count - 1 ? [-1] : [index + 1];
    }

    private static int? Resolve(string stepId, Dictionary<string, int> stepIndex, string path, List<TemplateError> errors)
    {
        if (stepIndex.TryGetValue(stepId, out var target))
        {
            return target;
        }

        errors.Add(new TemplateError(path, "StepNotFound", stepId));
        return null;
    }

    private static void CheckGraph(ProcessTemplate template, int[][] successors, List<TemplateError> errors)
    {
        var count = template.Steps.Count;
        var reached = new bool[count];
        var pending = new Stack<int>([0]);
        reached[0] = true;
        while (pending.TryPop(out var current))
        {
            foreach (var next in successors[current])
            {
                if (next >= 0 && !reached[next])
                {
                    reached[next] = true;
                    pending.Push(next);
                }
            }
        }

        // An end is reachable from a step when one of its successors is the end or such a step.
        var predecessors = Enumerable.Range(0, count).Select(_ => new List<int>()).ToArray();
        var canEnd = new bool[count];
        for (var i = 0; i < count; i++)
        {
            foreach (var next in successors[i])
            {
                if (next < 0)
                {
                    canEnd[i] = true;
                }
                else
                {
                    predecessors[next].Add(i);
                }
            }
        }

        var ending = new Stack<int>(Enumerable.Range(0, count).Where(i => canEnd[i]));
        while (ending.TryPop(out var current))
        {
            foreach (var previous in predecessors[current].Where(p => !canEnd[p]))
            {
                canEnd[previous] = true;
                ending.Push(previous);
            }
        }

        for (var i = 0; i < count; i++)
        {
            if (!reached[i])
            {
                errors.Add(new TemplateError($"$.steps[{i}]", "Unreachable", template.Steps[i].Id));
            }
            else if (!canEnd[i])
            {
                errors.Add(new TemplateError($"$.steps[{i}]", "NoWayOut", template.Steps[i].Id));
            }
        }
    }

    private static bool CheckId(string id, string path, List<TemplateError> errors)
    {
        if (IdPattern().IsMatch(id))
        {
            return true;
        }

        errors.Add(new TemplateError(path, "InvalidId", id));
        return false;
    }

    private static void CheckUniqueIds(IEnumerable<string> ids, string listPath, List<TemplateError> errors)
    {
        var first = new Dictionary<string, int>(StringComparer.Ordinal);
        var index = 0;
        foreach (var id in ids)
        {
            var path = $"{listPath}[{index}].id";
            if (CheckId(id, path, errors) && !first.TryAdd(id, index))
            {
                errors.Add(new TemplateError(path, "DuplicateId", id, $"{listPath}[{first[id]}]"));
            }

            index++;
        }
    }

    private static void CheckPositive(int value, string path, List<TemplateError> errors)
    {
        if (value < 1)
        {
            errors.Add(new TemplateError(path, "MinimumOne", value));
        }
    }

    private static void CheckDocuments(IReadOnlyList<DocumentReference> documents, string path, List<TemplateError> errors)
    {
        CheckEachNotBlank(documents, d => d.Title, path, "title", errors);
        for (var i = 0; i < documents.Count; i++)
        {
            CheckUrl(documents[i].Url, $"{path}[{i}].url", errors);
        }
    }

    private static void CheckEachNotBlank<T>(IReadOnlyList<T> items, Func<T, string> text, string path, string? property, List<TemplateError> errors)
    {
        for (var i = 0; i < items.Count; i++)
        {
            CheckNotBlank(text(items[i]), property is null ? $"{path}[{i}]" : $"{path}[{i}].{property}", errors);
        }
    }

    private static void CheckNotBlank(string value, string path, List<TemplateError> errors)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            errors.Add(new TemplateError(path, "Empty"));
        }
    }

    private static void CheckUrl(string? url, string path, List<TemplateError> errors)
    {
        if (url is not null && !(Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)))
        {
            errors.Add(new TemplateError(path, "InvalidUrl", url));
        }
    }

    /// <summary>Days, weeks or hours only: months and years have no fixed length for a due date.</summary>
    public static bool IsDuration(string value) => DurationPattern().IsMatch(value) && value is not ("P" or "PT");

    [GeneratedRegex("^[a-z0-9][a-z0-9-]{0,62}$")]
    private static partial Regex IdPattern();

    [GeneratedRegex("^P(?:[1-9][0-9]{0,2}W|(?:[1-9][0-9]{0,2}D)?(?:T[1-9][0-9]{0,3}H)?)$")]
    private static partial Regex DurationPattern();

    /// <summary>Working days count whole days: days or weeks, no hours (the Runs folder is not ours to ask).</summary>
    [GeneratedRegex("^P(?:[0-9]{1,3}W|[0-9]{1,3}D)$")]
    private static partial Regex WorkingDayDuration();
}
