using WfTeams.Core.Processes;
using WfTeams.Core.Runs;

namespace WfTeams.Testing;

/// <summary>Random but reproducible cases for volume tests and benchmarks: decisions, loops, skips, assignments, going back, cancellations, some left open.</summary>
public static class CaseGenerator
{
    public static async Task<CaseScript> WalkAsync(ICaseDriver driver, string tenant, string templateId, ProcessTemplate template, Random random, DateTimeOffset start, int maxActions = 14)
    {
        var script = await CaseScript.StartAsync(driver, tenant, templateId, start, "Firma " + random.Next(100_000));
        for (var i = 0; i < maxActions && script.State.IsOpen; i++)
        {
            var step = template.Steps.First(s => s.Id == script.State.CurrentStepId);
            var after = TimeSpan.FromMinutes(random.Next(10, 60 * 24 * 4));
            var roll = random.Next(100);
            if (roll < 3)
            {
                await script.CancelAsync(after, random.Next(2) == 0 ? "Unternehmen hat abgesagt" : "Kein Bedarf mehr");
            }
            else if (roll < 10)
            {
                await script.AssignAsync(after, random.Next(2) == 0 ? CaseFactory.Ben : CaseFactory.Anna);
            }
            else if (roll < 14 && !script.State.Path.IsEmpty)
            {
                await script.BackAsync(after);
            }
            else if (roll < 18 && step.Decision is null)
            {
                await script.SkipAsync(after);
            }
            else
            {
                var decision = step.Decision?.Options[random.Next(step.Decision.Options.Count)].Id;
                var values = step.Fields.Where(f => f.Type == FieldType.Number).Select(f => (f.Id, random.Next(0, 200).ToString(System.Globalization.CultureInfo.InvariantCulture)))
                    .Concat(step.Fields.Where(f => f.Type == FieldType.Date).Select(f => (f.Id, "2026-05-04")))
                    .ToArray();
                await script.CompleteAsync(after, decision, values);
            }
        }

        return script;
    }
}
