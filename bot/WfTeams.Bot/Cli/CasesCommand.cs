using System.CommandLine;
using System.Globalization;
using System.Text;
using System.Text.Json;
using WfTeams.Bot.Privacy;
using WfTeams.Core.Privacy;
using WfTeams.Core.Storage;

namespace WfTeams.Bot.Cli;

/// <summary>
/// <c>cases purge --before DATE | export CASEID | delete CASEID</c>: what data protection asks of stored cases.
/// Each is recorded in the audit table <c>audit</c> (origin <c>cli</c>). Exit codes: 0 done, 1 no such case,
/// 2 a date that is not one, 3 Table storage unreachable.
/// </summary>
public static class CasesCommand
{
    public static Command Create(CliConsole console)
    {
        var tenant = new Option<string?>("--tenant") { Description = "Mandant (Microsoft-365-Tenant-ID); Standard: Bot:TenantId oder \"development\"." };

        var before = new Option<string?>("--before") { Description = "Datum JJJJ-MM-TT: beendete Vorgänge, die davor endeten, werden gelöscht (Standard: heute minus Cases:RetentionDays)." };
        var purge = new Command("purge", "Löscht beendete (abgeschlossene oder abgebrochene) Vorgänge, die vor einem Datum endeten, mit allem, was zu ihnen gespeichert ist. Offene Vorgänge bleiben.") { before, tenant };
        purge.SetAction((parse, token) => PurgeAsync(console, parse.GetValue(before), console.Tenant(parse.GetValue(tenant)), token));

        var caseId = new Argument<string>("CASEID") { Description = "ID des Vorgangs." };
        var outputFile = new Option<string?>("--output", "-o") { Description = "Zieldatei (Standard: Standardausgabe)." };
        var export = new Command("export", "Gibt alles, was zu einem Vorgang gespeichert ist, als JSON aus (DSGVO Art. 15).") { caseId, outputFile, tenant };
        export.SetAction((parse, token) => ExportAsync(console, parse.GetValue(caseId)!, parse.GetValue(outputFile), console.Tenant(parse.GetValue(tenant)), token));

        var delete = new Command("delete", "Löscht einen Vorgang mit allem, was zu ihm gespeichert ist (auch einen offenen).") { caseId, tenant };
        delete.SetAction((parse, token) => DeleteAsync(console, parse.GetValue(caseId)!, console.Tenant(parse.GetValue(tenant)), token));

        return new Command("cases", "Vorgänge löschen und exportieren (Aufbewahrung, DSGVO).") { purge, export, delete };
    }

    private static async Task<int> PurgeAsync(CliConsole console, string? date, TenantId tenant, CancellationToken cancellationToken)
    {
        if (date is null)
        {
            var retention = PrivacySetup.Retention(console.Configuration);
            if (!retention.IsValid)
            {
                await console.Error.WriteLineAsync($"Cases:RetentionDays: {retention.RetentionDays} (1–{RetentionOptions.MaxDays})");
                return CommandLine.WrongUsage;
            }

            date = CaseRetention.Cutoff(DateTimeOffset.UtcNow, retention.RetentionDays).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        }

        if (!DateOnly.TryParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            await console.Error.WriteLineAsync(console.Text("CliBadDate", date));
            return CommandLine.WrongUsage;
        }

        var cutoff = new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        var deleted = await new CaseRetention(console.Tables, Deletion(console), Audit(console)).PurgeAsync(tenant, cutoff, "cli", cancellationToken);
        await console.Output.WriteLineAsync(console.Text("CliPurged", deleted, day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
        return CommandLine.Success;
    }

    private static async Task<int> ExportAsync(CliConsole console, string caseId, string? outputFile, TenantId tenant, CancellationToken cancellationToken)
    {
        var document = await new CaseExport(console.Tables, Audit(console)).ExportAsync(tenant, caseId, "cli", cancellationToken);
        if (document is null)
        {
            await console.Error.WriteLineAsync(console.Text("CliCaseNotFound", caseId));
            return CommandLine.InvalidInput;
        }

        await WriteJsonAsync(console, document, outputFile, cancellationToken);
        if (outputFile is not null)
        {
            await console.Output.WriteLineAsync(console.Text("CliCaseExported", outputFile, caseId));
        }

        return CommandLine.Success;
    }

    private static async Task<int> DeleteAsync(CliConsole console, string caseId, TenantId tenant, CancellationToken cancellationToken)
    {
        var rows = await Deletion(console).DeleteAsync(tenant, caseId, cancellationToken);
        if (rows == 0)
        {
            await console.Error.WriteLineAsync(console.Text("CliCaseNotFound", caseId));
            return CommandLine.InvalidInput;
        }

        await Audit(console).RecordAsync(tenant, "delete", caseId, rows, "cli", cancellationToken);
        await console.Output.WriteLineAsync(console.Text("CliCaseDeleted", caseId, rows));
        return CommandLine.Success;
    }

    /// <summary>Indented UTF-8 JSON to the file (written whole) or to standard output.</summary>
    public static async Task WriteJsonAsync(CliConsole console, System.Text.Json.Nodes.JsonNode document, string? outputFile, CancellationToken cancellationToken)
    {
        var json = document.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }) + "\n";
        if (outputFile is null)
        {
            await console.Output.WriteAsync(json);
        }
        else
        {
            await CliConsole.WriteWholeAsync(outputFile, Encoding.UTF8.GetBytes(json), cancellationToken);
        }
    }

    public static AuditLog Audit(CliConsole console) => new(console.Tables, TimeProvider.System);

    private static CaseDeletion Deletion(CliConsole console) => new(console.Tables, PrivacySetup.CaseDataStores(console.Tables, TimeProvider.System));
}
