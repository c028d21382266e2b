using WfTeams.Core.Runs;
using static WfTeams.Core.Runs.CaseReport;

namespace WfTeams.Core.Documents;

/// <summary>The case report's sections: title, overview, the course of the case step by step, open items.</summary>
internal static class CaseReportSections
{
    private const string Ticked = "\u2611 ";
    private const string Unticked = "\u2610 ";

    public static void TitleBlock(WordWriter w, CaseReport report, ProfileText text)
    {
        w.Paragraph(ProfileStyles.Title, report.Case.Subject);
        w.Paragraph(ProfileStyles.Subtitle, $"{text["ReportTitle"]} · {report.Case.TemplateName} · {text["ProfileVersion"]} {text.Number(report.Case.TemplateVersion)}");
    }

    public static void Overview(WordWriter w, CaseReport report, ProfileText text)
    {
        var state = report.Case;
        var culture = text.Culture;
        ProfileSections.Heading(w, text["ReportOverview"]);
        w.StartTable([0.3, 0.7], null, firstColumn: true);
        Pair(w, text["ReportSubject"], state.Subject);
        Pair(w, text["CardTemplate"], text.Format("CardTemplateVersion", state.TemplateName, state.TemplateVersion));
        Pair(w, text["CardStarted"], text.Format("CardByAt", state.StartedBy.Name, CaseTime.When(state.StartedAt, culture)));
        Pair(w, text["CardState"], State(state, text));
        if (state.Status == CaseStatus.Cancelled && WordWriter.Filled(state.CloseReason))
        {
            Pair(w, text["CardReason"], state.CloseReason!);
        }

        var done = report.Steps.Count(l => l.Outcome is StepOutcome.Completed or StepOutcome.Skipped);
        Pair(w, text["CardProgressTitle"], text.Format("CardProgress", done, report.Steps.Count));
        w.EndTable();
    }

    /// <summary>Each step the case went through, in the order it first reached them; a loop's step once, with its latest visit.</summary>
    public static void Course(WordWriter w, CaseReport report, ProfileText text)
    {
        ProfileSections.Heading(w, text["ReportCourse"]);
        var lines = History(report);
        if (lines.Count == 0)
        {
            w.Paragraph(null, text["ReportNoSteps"]);
            return;
        }

        foreach (var line in lines)
        {
            Step(w, report.Case, line, text);
        }
    }

    public static void OpenItems(WordWriter w, CaseReport report, ProfileText text)
    {
        ProfileSections.Heading(w, text["ReportOpenItems"]);
        var any = false;
        foreach (var line in report.Steps)
        {
            IReadOnlyList<string> items = line.Outcome != StepOutcome.NotReached ? line.OpenItems
                : report.Case.Status == CaseStatus.Finished ? []
                : report.Case.Steps.ContainsKey(line.Step.Id) ? [text["ReportNotDone"], .. Required(line.Step, report.Case.Step(line.Step.Id))]
                : [text["ReportNotReached"]];
            foreach (var item in items)
            {
                w.Paragraph(ProfileStyles.List, text.Format("ReportOpenItem", text.Number(line.Number), line.Step.Title, item));
                any = true;
            }
        }

        if (!any)
        {
            w.Paragraph(null, text["ReportNoOpenItems"]);
        }
    }

    /// <summary>What a step entered but never completed (the current one when the case was cancelled) still needs.</summary>
    private static IEnumerable<string> Required(Processes.ProcessStep step, StepState state) =>
        step.Checklist.Where(c => c.Required && !state.Checked.Contains(c.Id)).Select(c => c.Text)
            .Concat(step.Fields.Where(f => f.Required && !state.Values.ContainsKey(f.Id)).Select(f => f.Label));

    public static List<StepLine> History(CaseReport report)
    {
        var byId = report.Steps.ToDictionary(l => l.Step.Id, StringComparer.Ordinal);
        var order = report.Case.Path.Distinct(StringComparer.Ordinal).ToList();
        if (report.Case.CurrentStepId is { } current && !order.Contains(current, StringComparer.Ordinal))
        {
            order.Add(current);
        }

        // A step walked back over ("zurück") stays in no path: shown only if it still holds an outcome.
        return [.. order.Where(byId.ContainsKey).Select(id => byId[id]).Where(l => l.Outcome != StepOutcome.NotReached)];
    }

    private static void Step(WordWriter w, CaseState state, StepLine line, ProfileText text)
    {
        var culture = text.Culture;
        var step = line.Step;
        w.Paragraph(ProfileStyles.Heading2, text.Format("CardHistoryStep", text.Number(line.Number), step.Title));
        w.StartTable([0.3, 0.7], null, firstColumn: true);
        var outcome = line.Outcome switch
        {
            StepOutcome.Completed when line.By is { } by && line.At is { } at => text.Format("CardCompletedBy", by.Name, CaseTime.When(at, culture)),
            StepOutcome.Skipped when line.By is { } by && line.At is { } at => text.Format("CardSkippedBy", by.Name, CaseTime.When(at, culture), line.SkipReason),
            _ => text["ReportCurrent"],
        };
        if (line.Visits > 1)
        {
            outcome += " (" + text.Format("ReportVisits", line.Visits) + ")";
        }

        Pair(w, text["CardState"], outcome);
        Pair(w, text["CardResponsible"], step.Responsible);
        if (line.Assignee is { } assignee)
        {
            Pair(w, text["CardAssignee"], assignee.Name);
        }

        if (line.Outcome == StepOutcome.Current && line.DueAt is { } due)
        {
            Pair(w, text["CardDue"], CaseTime.When(due, culture));
        }

        if (line.Decision is { } decision && step.Decision is { } question)
        {
            Pair(w, text["CardDecision"], $"{question.Question}: {decision}");
        }

        foreach (var captured in line.Captured)
        {
            var field = step.Fields.FirstOrDefault(f => f.Id == captured.FieldId);
            Pair(w, captured.Label, CapturedValue.Display(field, captured.Value, culture));
        }

        if (step.Checklist.Count > 0)
        {
            var checkedItems = state.Step(step.Id).Checked;
            w.StartRow();
            w.LabelCell(text["CardChecklist"]);
            w.StartCell();
            foreach (var item in step.Checklist)
            {
                var ticked = checkedItems.Contains(item.Id);
                w.Paragraph(ProfileStyles.TableText, (ticked ? Ticked : Unticked) + item.Text);
            }

            w.EndCell();
            w.EndRow();
        }

        w.EndTable();
    }

    /// <summary>A label and a value; a value of several lines as one paragraph per line (see <see cref="WordWriter.Block"/>).</summary>
    private static void Pair(WordWriter w, string label, string value)
    {
        w.StartRow();
        w.LabelCell(label);
        w.StartCell();
        foreach (var line in XmlText.Clean(value).ReplaceLineEndings("\n").Split('\n'))
        {
            w.Paragraph(ProfileStyles.TableText, line);
        }

        w.EndCell();
        w.EndRow();
    }

    private static string State(CaseState state, ProfileText text) => state.Status switch
    {
        CaseStatus.Finished => text.Format("CardStateFinished", CaseTime.When(state.ClosedAt ?? state.UpdatedAt, text.Culture)),
        CaseStatus.Cancelled => text.Format("CardStateCancelled", state.ClosedBy?.Name ?? "", CaseTime.When(state.ClosedAt ?? state.UpdatedAt, text.Culture)),
        CaseStatus.Paused => text["CardStatePaused"],
        _ => text["CardStateActive"],
    };
}
