using System.CommandLine;
using WfTeams.Core.Insights;

namespace WfTeams.Bot.Cli;

/// <summary>
/// <c>insights rebuild [--tenant T] [--force]</c>: recomputes the process figures of a tenant from the cases' audit trails and
/// replaces what the projector kept. Cases deleted meanwhile (retention, <c>cases delete</c>) have no trail left: their share of
/// the figures would be lost, so the rebuild refuses unless <c>--force</c>. Exit codes: 0 done, 1 refused, 3 Table storage unreachable.
/// </summary>
public static class InsightsCommand
{
    public static Command Create(CliConsole console)
    {
        var tenant = new Option<string?>("--tenant") { Description = "Mandant (Microsoft-365-Tenant-ID); Standard: Bot:TenantId oder \"development\"." };
        var force = new Option<bool>("--force") { Description = "Auch neu berechnen, wenn Vorgänge gelöscht wurden (ihr Anteil an den Kennzahlen geht verloren)." };
        var rebuild = new Command("rebuild", "Berechnet die Kennzahlen aller Prozesse neu aus den Ereignissen der Vorgänge.") { tenant, force };
        rebuild.SetAction(async (parse, token) =>
        {
            var id = console.Tenant(parse.GetValue(tenant));
            var deleted = await CasesCommand.Audit(console).DeletedCasesAsync(id, token);
            if (deleted > 0 && !parse.GetValue(force))
            {
                await console.Error.WriteLineAsync(console.Text("CliInsightsRebuildWouldDrop", deleted));
                return CommandLine.InvalidInput;
            }

            var result = await new InsightRebuild(console.Tables).RebuildAsync(id, token);
            await console.Output.WriteLineAsync(console.Text("CliInsightsRebuilt", result.Cases, result.Processes));
            return CommandLine.Success;
        });
        return new Command("insights", "Kennzahlen der Prozesse (aus den Vorgängen).") { rebuild };
    }
}
