using WfTeams.Core.Insights;
using WfTeams.Core.Processes;

namespace WfTeams.Core.Documents;

/// <summary>
/// The profile's sections from the title to the documents, then the change history. A section
/// with nothing in it is left out entirely: no empty headings, no empty rows.
/// </summary>
internal static class ProfileSections
{
    public static void TitleBlock(WordWriter w, ProcessTemplate template, ProfileText text)
    {
        w.StartParagraph(ProfileStyles.Title);
        w.Field("name", template.Name, text["ProfileName"]);
        w.EndParagraph();

        w.StartParagraph(ProfileStyles.Subtitle);
        w.Run(text["ProfileTitle"]);
        if (WordWriter.Filled(template.Code))
        {
            w.Run(" · ");
            w.Field("code", template.Code!, text["ProfileCode"]);
        }

        w.Run(" · " + text["ProfileVersion"] + " ");
        w.Field("version", text.Number(template.Version), text["ProfileVersion"]);
        w.EndParagraph();
    }

    public static void MasterData(WordWriter w, ProcessTemplate template, ProfileText text)
    {
        Heading(w, text["ProfileMasterData"]);
        w.StartTable([0.3, 0.7], null, firstColumn: true);
        Pair(w, text["ProfileStatus"], "status", text.Status(template.Status));
        if (template.ValidFrom is { } validFrom)
        {
            Pair(w, text["ProfileValidFrom"], "validFrom", text.Date(validFrom));
        }

        if (template.Category is { } category)
        {
            Pair(w, text["ProfileCategory"], "category", text.Category(category));
        }

        Pair(w, text["ProfileOwner"], "owner", template.Owner);
        if (WordWriter.Filled(template.Scope))
        {
            w.StartRow();
            w.LabelCell(text["ProfileScope"]);
            w.BlockCell("scope", template.Scope);
            w.EndRow();
        }

        w.StartRow();
        w.LabelCell(text["ProfileStepCount"]);
        w.TextCell(text.Number(template.Steps.Count));
        w.EndRow();
        w.EndTable();
    }

    public static void Goal(WordWriter w, ProcessTemplate template, ProfileText text)
    {
        Heading(w, text["ProfileGoal"]);
        w.Block("goal", template.Goal, null);
    }

    public static void TriggerAndInputs(WordWriter w, ProcessTemplate template, ProfileText text)
    {
        Heading(w, text["ProfileTriggerInput"]);
        Labelled(w, text["ProfileTrigger"], "trigger", template.Trigger);
        if (template.Inputs.Count > 0)
        {
            w.StartTable([0.6, 0.4], [text["ProfileDescription"], text["ProfileSupplier"]]);
            for (var i = 0; i < template.Inputs.Count; i++)
            {
                w.StartRow();
                w.FieldCell(WordWriter.Indexed("inputs", i) + ".description", template.Inputs[i].Description);
                w.FieldCell(WordWriter.Indexed("inputs", i) + ".supplier", template.Inputs[i].Supplier);
                w.EndRow();
            }

            w.EndTable();
        }
    }

    public static void ResultAndOutputs(WordWriter w, ProcessTemplate template, ProfileText text)
    {
        Heading(w, text["ProfileResultOutput"]);
        Labelled(w, text["ProfileResult"], "result", template.Result);
        if (template.Outputs.Count > 0)
        {
            w.StartTable([0.6, 0.4], [text["ProfileDescription"], text["ProfileCustomer"]]);
            for (var i = 0; i < template.Outputs.Count; i++)
            {
                w.StartRow();
                w.FieldCell(WordWriter.Indexed("outputs", i) + ".description", template.Outputs[i].Description);
                w.FieldCell(WordWriter.Indexed("outputs", i) + ".customer", template.Outputs[i].Customer);
                w.EndRow();
            }

            w.EndTable();
        }
    }

    public static void Participants(WordWriter w, ProcessTemplate template, ProfileText text)
    {
        if (template.Participants.Count == 0)
        {
            return;
        }

        Heading(w, text["ProfileParticipants"]);
        w.StartTable([0.35, 0.65], [text["ProfileRole"], text["ProfileTask"]]);
        for (var i = 0; i < template.Participants.Count; i++)
        {
            var path = WordWriter.Indexed("participants", i);
            w.StartRow();
            w.FieldCell(path + ".role", template.Participants[i].Role);
            w.BlockCell(path + ".task", template.Participants[i].Task);
            w.EndRow();
        }

        w.EndTable();
    }

    public static void Interfaces(WordWriter w, ProcessTemplate template, ProfileText text)
    {
        if (template.Interfaces.Count == 0)
        {
            return;
        }

        Heading(w, text["ProfileInterfaces"]);
        w.StartTable([0.18, 0.3, 0.52], [text["ProfileDirection"], text["ProfileProcess"], text["ProfileDescription"]]);
        for (var i = 0; i < template.Interfaces.Count; i++)
        {
            var path = WordWriter.Indexed("interfaces", i);
            var item = template.Interfaces[i];
            w.StartRow();
            w.FieldCell(path + ".direction", text.Direction(item.Direction));
            w.FieldCell(path + ".process", item.Process);
            w.BlockCell(path + ".description", item.Description);
            w.EndRow();
        }

        w.EndTable();
    }

    public static void ItSystems(WordWriter w, ProcessTemplate template, ProfileText text) =>
        List(w, text["ProfileItSystems"], "itSystems", template.ItSystems);

    public static void LegalBasis(WordWriter w, ProcessTemplate template, ProfileText text) =>
        List(w, text["ProfileLegalBasis"], "legalBasis", template.LegalBasis);

    /// <param name="figures">The cases' figures of the last 12 months: with them an "Ist" column (actual and status, "Stand" in its heading).</param>
    public static void Kpis(WordWriter w, ProcessTemplate template, ProfileText text, ProcessFigures? figures = null)
    {
        if (template.Kpis.Count == 0)
        {
            return;
        }

        Heading(w, text["ProfileKpis"]);
        if (figures is null)
        {
            w.StartTable([0.25, 0.3, 0.45], [text["ProfileKpi"], text["ProfileTarget"], text["ProfileMeasurement"]]);
        }
        else
        {
            // The heading names the date of the figures: in a locked figures control, as the values below it.
            w.StartTable([0.22, 0.24, 0.32, 0.22], null);
            w.StartRow(cantSplit: true, header: true);
            foreach (var label in new[] { text["ProfileKpi"], text["ProfileTarget"], text["ProfileMeasurement"] })
            {
                w.StartCell();
                w.Paragraph(ProfileStyles.TableHeading, label);
                w.EndCell();
            }

            w.StartCell();
            w.StartParagraph(ProfileStyles.TableHeading);
            w.Figures(text.Format("ProfileActualAsOf", text.Date(DateOnly.FromDateTime(Runs.CaseTime.Local(figures.At).DateTime))));
            w.EndParagraph();
            w.EndCell();
            w.EndRow();
        }

        for (var i = 0; i < template.Kpis.Count; i++)
        {
            var path = WordWriter.Indexed("kpis", i);
            w.StartRow();
            w.FieldCell(path + ".name", template.Kpis[i].Name);
            w.FieldCell(path + ".target", template.Kpis[i].Target);
            w.BlockCell(path + ".measurement", template.Kpis[i].Measurement);
            if (figures is not null)
            {
                var kpi = i < figures.Kpis.Count ? figures.Kpis[i] : null;
                w.StartCell();
                w.StartParagraph(ProfileStyles.TableText);
                w.Figures(Actual(kpi, text), bold: kpi?.Status is KpiStatus.Green or KpiStatus.Amber or KpiStatus.Red, color: StatusColor(kpi?.Status));
                w.EndParagraph();
                w.EndCell();
            }

            w.EndRow();
        }

        w.EndTable();
    }

    /// <summary>A KPI's actual as the profile and the quality report show it: "70 (verfehlt)", "nicht automatisch gemessen".</summary>
    public static string Actual(KpiFigure? kpi, ProfileText text) => kpi?.Status switch
    {
        null or KpiStatus.NotMeasured => text["FiguresNotMeasured"],
        KpiStatus.NoData => text["FiguresNoData"],
        KpiStatus.NoTarget => Value(kpi.Actual!.Value, text),
        _ => text.Format("FiguresActualValue", Value(kpi.Actual!.Value, text), text["FiguresStatus" + kpi.Status]),
    };

    /// <summary>A KPI's actual without trailing zeros: "70", "23,33".</summary>
    public static string Value(decimal value, ProfileText text) => value.ToString("#,##0.##", text.Culture);

    /// <summary>Green, amber, red for a rated KPI (hex for Word); null otherwise.</summary>
    public static string? StatusColor(KpiStatus? status) => status switch
    {
        KpiStatus.Green => "2E7D32",
        KpiStatus.Amber => "B26A00",
        KpiStatus.Red => "C62828",
        _ => null,
    };

    public static void Risks(WordWriter w, ProcessTemplate template, ProfileText text)
    {
        if (template.Risks.Count == 0)
        {
            return;
        }

        Heading(w, text["ProfileRisks"]);
        w.StartTable([0.5, 0.5], [text["ProfileRisk"], text["ProfileControl"]]);
        for (var i = 0; i < template.Risks.Count; i++)
        {
            var path = WordWriter.Indexed("risks", i);
            w.StartRow();
            w.BlockCell(path + ".description", template.Risks[i].Description);
            w.BlockCell(path + ".control", template.Risks[i].Control);
            w.EndRow();
        }

        w.EndTable();
    }

    public static void Documents(WordWriter w, ProcessTemplate template, ProfileText text)
    {
        if (template.Documents.Count == 0)
        {
            return;
        }

        Heading(w, text["ProfileDocuments"]);

        // Titles alone as a list; a link column only when some document has one.
        if (!template.Documents.Any(d => WordWriter.Filled(d.Url)))
        {
            for (var i = 0; i < template.Documents.Count; i++)
            {
                w.StartParagraph(ProfileStyles.List);
                w.Field(WordWriter.Indexed("documents", i) + ".title", template.Documents[i].Title);
                w.EndParagraph();
            }

            return;
        }

        w.StartTable([0.45, 0.55], [text["ProfileDocument"], text["ProfileLink"]]);
        for (var i = 0; i < template.Documents.Count; i++)
        {
            var path = WordWriter.Indexed("documents", i);
            w.StartRow();
            w.FieldCell(path + ".title", template.Documents[i].Title);
            w.FieldCell(path + ".url", template.Documents[i].Url);
            w.EndRow();
        }

        w.EndTable();
    }

    public static void ChangeHistory(WordWriter w, ProcessTemplate template, ProfileText text)
    {
        if (template.ChangeHistory.Count == 0)
        {
            return;
        }

        Heading(w, text["ProfileChangeHistory"]);
        w.StartTable([0.12, 0.16, 0.24, 0.48], [text["ProfileVersion"], text["ProfileDate"], text["ProfileAuthor"], text["ProfileChange"]]);
        for (var i = 0; i < template.ChangeHistory.Count; i++)
        {
            var path = WordWriter.Indexed("changeHistory", i);
            var entry = template.ChangeHistory[i];
            w.StartRow();
            w.FieldCell(path + ".version", text.Number(entry.Version));
            w.FieldCell(path + ".date", text.Date(entry.Date));
            w.FieldCell(path + ".author", entry.Author);
            w.BlockCell(path + ".change", entry.Change);
            w.EndRow();
        }

        w.EndTable();
    }

    /// <summary>A section heading; its style keeps it with what follows (no orphaned headings).</summary>
    public static void Heading(WordWriter w, string heading) => w.Paragraph(ProfileStyles.Heading1, heading);

    private static void List(WordWriter w, string heading, string path, IReadOnlyList<string> items)
    {
        if (items.Count == 0)
        {
            return;
        }

        Heading(w, heading);
        for (var i = 0; i < items.Count; i++)
        {
            w.StartParagraph(ProfileStyles.List);
            w.Field(WordWriter.Indexed(path, i), items[i]);
            w.EndParagraph();
        }
    }

    private static void Pair(WordWriter w, string label, string path, string value)
    {
        w.StartRow();
        w.LabelCell(label);
        w.FieldCell(path, value);
        w.EndRow();
    }

    /// <summary>"Auslöser: …" in one paragraph; a text of several lines below its label.</summary>
    private static void Labelled(WordWriter w, string label, string path, string value)
    {
        if (value.AsSpan().IndexOfAny('\n', '\r') >= 0)
        {
            w.Paragraph(ProfileStyles.Heading3, label);
            w.Block(path, value, null);
            return;
        }

        w.StartParagraph(null);
        w.Run(label + ": ", bold: true);
        w.Field(path, value);
        w.EndParagraph();
    }
}
