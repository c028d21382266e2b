using System.CommandLine;
using WfTeams.Core.Insights;

namespace WfTeams.Bot.Cli;

/// <summary>
/// <c>report cases ID [--from YYYY-MM-DD] [--to YYYY-MM-DD] -o FILE.xlsx [--tenant T]</c>: the cases workbook of a process
/// (with subjects and names: whoever runs the host's command line administers it). Exit codes: 0 written, 1 unknown
/// process or bad period, 3 Table storage unreachable.
/// </summary>
public static class ReportCommand
{
    public static Command Create(CliConsole console)
    {
        var id = new Argument<string>("ID") { Description = "ID der Vorlage." };
        var from = new Option<DateOnly?>("--from") { Description = "Erster Tag (sein Monat zählt ganz); Standard: vor 12 Monaten." };
        var to = new Option<DateOnly?>("--to") { Description = "Letzter Tag (sein Monat zählt ganz); Standard: heute." };
        var output = new Option<string>("-o", "--output") { Description = "Zieldatei (.xlsx).", Required = true };
        var tenant = new Option<string?>("--tenant") { Description = "Mandant (Microsoft-365-Tenant-ID); Standard: Bot:TenantId oder \"development\"." };
        var cases = new Command("cases", "Schreibt die Arbeitsmappe der Vorgänge eines Prozesses (.xlsx): Übersicht, Vorgänge, Schritte.") { id, from, to, output, tenant };
        cases.SetAction(async (parse, token) =>
        {
            var now = TimeProvider.System.GetUtcNow();
            var first = parse.GetValue(from);
            var last = parse.GetValue(to);
            var period = first is null && last is null ? FigurePeriod.LastMonths(12, now) : FigurePeriod.Between(first ?? last!.Value, last ?? DateOnly.FromDateTime(now.UtcDateTime));
            var templateId = parse.GetValue(id)!;
            if (period is null)
            {
                await console.Error.WriteLineAsync(console.Text("FiguresBadRange", FigurePeriod.MaxMonths));
                return CommandLine.InvalidInput;
            }

            var tenantId = console.Tenant(parse.GetValue(tenant));
            var template = await console.Templates.GetAsync(tenantId, templateId, null, token);
            if (template is null)
            {
                await console.Error.WriteLineAsync($"{templateId}: {console.Text("TemplateNotFound", templateId)}");
                return CommandLine.InvalidInput;
            }

            var figures = await new InsightStore(console.Tables).FiguresAsync(tenantId, template, period, now, cancellationToken: token);
            var records = await new CaseArchive(console.Tables).LoadAsync(tenantId, template, period, withNames: true, token);
            using var stream = new MemoryStream();
            CaseWorkbook.Write(stream, figures, records, withNames: true, console.Culture);
            await CliConsole.WriteWholeAsync(parse.GetValue(output)!, stream.ToArray(), token);
            await console.Output.WriteLineAsync(console.Text("CliCasesWorkbookWritten", records.Count, parse.GetValue(output)));
            return CommandLine.Success;
        });
        return new Command("report", "Berichte aus den Vorgängen.") { cases };
    }
}
