using System.CommandLine;
using WfTeams.Core.Documents;
using WfTeams.Core.Insights;
using WfTeams.Core.Processes;
using WfTeams.Core.Resources;
using WfTeams.Core.Storage;

namespace WfTeams.Bot.Cli;

/// <summary>
/// <c>report cases ID [--from YYYY-MM-DD] [--to YYYY-MM-DD] -o FILE.xlsx [--tenant T]</c>: the cases workbook of a process
/// (with subjects and names: whoever runs the host's command line administers it);
/// <c>report quality ID [--from] [--to] -o FILE.docx [--lang de|en] [--tenant T]</c>: the quality report (Qualitätsbericht).
/// The file is written whole or not at all. Exit codes: 0 written, 1 unknown process, a bad date or period (or too many
/// cases for a workbook), 3 Table storage unreachable.
/// </summary>
public static class ReportCommand
{
    public static Command Create(CliConsole console) =>
        new("report", "Berichte aus den Vorgängen.") { Cases(console), Quality(console) };

    private static Command Cases(CliConsole console)
    {
        var (id, from, to, tenant) = Common();
        var output = new Option<string>("-o", "--output") { Description = "Zieldatei (.xlsx).", Required = true };
        var command = new Command("cases", "Schreibt die Arbeitsmappe der Vorgänge eines Prozesses (.xlsx): Übersicht, Vorgänge, Schritte.") { id, from, to, output, tenant };
        command.SetAction(async (parse, token) =>
        {
            if (await ReadAsync(console, parse.GetValue(id)!, parse.GetValue(from), parse.GetValue(to), parse.GetValue(tenant), token) is not { } asked)
            {
                return CommandLine.InvalidInput;
            }

            var (tenantId, template, period, now) = asked;
            var figures = await new InsightStore(console.Tables).FiguresAsync(tenantId, template, period, now, cancellationToken: token);
            var records = await new CaseArchive(console.Tables).LoadAsync(tenantId, template, period, withNames: true, token);
            if (records.Count > CaseWorkbook.MaxCases)
            {
                await console.Error.WriteLineAsync($"{template.Id}: {console.Text("XlsxTooManyCases", CaseWorkbook.MaxCases)}");
                return CommandLine.InvalidInput;
            }

            var path = parse.GetValue(output)!;
            await CaseWorkbook.WriteFileAsync(path, figures, records, withNames: true, console.Culture, token);
            await console.Output.WriteLineAsync(console.Text("CliCasesWorkbookWritten", records.Count, path));
            return CommandLine.Success;
        });
        return command;
    }

    private static Command Quality(CliConsole console)
    {
        var (id, from, to, tenant) = Common();
        var output = new Option<string>("-o", "--output") { Description = "Zieldatei (.docx).", Required = true };
        var language = new Option<string?>("--lang") { Description = "Sprache des Berichts: de (Standard) oder en." };
        language.AcceptOnlyFromAmong("de", "en");
        var command = new Command("quality", "Schreibt den Qualitätsbericht eines Prozesses für einen Zeitraum (.docx): Kennzahlen, Ziele und Ist, Diagramm, Schritte, Wege.") { id, from, to, output, language, tenant };
        command.SetAction(async (parse, token) =>
        {
            if (await ReadAsync(console, parse.GetValue(id)!, parse.GetValue(from), parse.GetValue(to), parse.GetValue(tenant), token) is not { } asked)
            {
                return CommandLine.InvalidInput;
            }

            var (tenantId, template, period, now) = asked;
            // A broken style file is reported by CommandLine as invalid input, with its errors.
            var design = console.Design.StyleFile is { } styleFile ? await CorporateDesign.LoadAsync(styleFile, token) : null;
            var culture = parse.GetValue(language) is { } lang ? Messages.Culture(lang) : console.Culture;
            var figures = await new InsightStore(console.Tables).FiguresAsync(tenantId, template, period, now, cancellationToken: token);
            var bytes = QualityReportDocument.Create(figures, template, new DocumentOptions { Culture = culture, Organisation = console.Design.Organisation, Design = design });
            var path = parse.GetValue(output)!;
            await CliConsole.WriteWholeAsync(path, bytes, token);
            await console.Output.WriteLineAsync(console.Text("CliQualityReportWritten", path));
            return CommandLine.Success;
        });
        return command;
    }

    private static (Argument<string> Id, Option<string?> From, Option<string?> To, Option<string?> Tenant) Common() =>
    (
        new Argument<string>("ID") { Description = "ID der Vorlage." },
        new Option<string?>("--from") { Description = "Erster Tag, JJJJ-MM-TT (sein Monat zählt ganz); Standard: vor 12 Monaten." },
        new Option<string?>("--to") { Description = "Letzter Tag, JJJJ-MM-TT (sein Monat zählt ganz); Standard: heute." },
        new Option<string?>("--tenant") { Description = "Mandant (Microsoft-365-Tenant-ID); Standard: Bot:TenantId oder \"development\"." }
    );

    /// <summary>The period and the template asked for; null after saying on stderr what is wrong.</summary>
    private static async Task<(TenantId Tenant, ProcessTemplate Template, FigurePeriod Period, DateTimeOffset Now)?> ReadAsync(
        CliConsole console, string templateId, string? from, string? to, string? tenant, CancellationToken cancellationToken)
    {
        var now = TimeProvider.System.GetUtcNow();
        var (period, problem) = ReportPeriod.Read(from, to, now, console.Culture, "--from", "--to");
        if (period is null)
        {
            await console.Error.WriteLineAsync(problem);
            return null;
        }

        var tenantId = console.Tenant(tenant);
        var template = await console.Templates.GetAsync(tenantId, templateId, null, cancellationToken);
        if (template is null)
        {
            await console.Error.WriteLineAsync($"{templateId}: {console.Text("TemplateNotFound", templateId)}");
            return null;
        }

        return (tenantId, template, period, now);
    }
}
