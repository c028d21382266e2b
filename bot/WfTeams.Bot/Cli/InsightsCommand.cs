using System.CommandLine;
using WfTeams.Core.Insights;

namespace WfTeams.Bot.Cli;

/// <summary>
/// <c>insights rebuild [--tenant T]</c>: recomputes the process figures of a tenant from the cases' audit trails and
/// replaces what the projector kept. Exit codes: 0 done, 3 Table storage unreachable.
/// </summary>
public static class InsightsCommand
{
    public static Command Create(CliConsole console)
    {
        var tenant = new Option<string?>("--tenant") { Description = "Mandant (Microsoft-365-Tenant-ID); Standard: Bot:TenantId oder \"development\"." };
        var rebuild = new Command("rebuild", "Berechnet die Kennzahlen aller Prozesse neu aus den Ereignissen der Vorgänge.") { tenant };
        rebuild.SetAction(async (parse, token) =>
        {
            var result = await new InsightRebuild(console.Tables).RebuildAsync(console.Tenant(parse.GetValue(tenant)), token);
            await console.Output.WriteLineAsync(console.Text("CliInsightsRebuilt", result.Cases, result.Processes));
            return CommandLine.Success;
        });
        return new Command("insights", "Kennzahlen der Prozesse (aus den Vorgängen).") { rebuild };
    }
}
