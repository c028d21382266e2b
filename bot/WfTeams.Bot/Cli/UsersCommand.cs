using System.CommandLine;
using System.Text.Json.Nodes;
using WfTeams.Bot.Privacy;
using WfTeams.Core.Privacy;
using WfTeams.Core.Storage;

namespace WfTeams.Bot.Cli;

/// <summary>
/// <c>users forget OBJECTID | export OBJECTID</c>: a person's data across every store that keeps it
/// (<see cref="PrivacySetup.PersonalDataStores"/>), by their Microsoft Entra object id. Forgetting replaces their
/// name by "gelöschte Person" and is recorded in the audit table under the hashed id. Exit codes: 0 done
/// (also when nothing was stored), 1 export: nothing stored, 3 Table storage unreachable.
/// </summary>
public static class UsersCommand
{
    public static Command Create(CliConsole console)
    {
        var tenant = new Option<string?>("--tenant") { Description = "Mandant (Microsoft-365-Tenant-ID); Standard: Bot:TenantId oder \"development\"." };
        var objectId = new Argument<string>("OBJECTID") { Description = "Objekt-ID der Person in Microsoft Entra ID (oder ihre Teams-ID 29:…)." };

        var forget = new Command("forget", "Entfernt den Namen einer Person aus allen Vorgängen und Ereignissen (ersetzt durch „gelöschte Person“).") { objectId, tenant };
        forget.SetAction((parse, token) => ForgetAsync(console, parse.GetValue(objectId)!, console.Tenant(parse.GetValue(tenant)), token));

        var outputFile = new Option<string?>("--output", "-o") { Description = "Zieldatei (Standard: Standardausgabe)." };
        var export = new Command("export", "Gibt aus, was zu einer Person gespeichert ist, als JSON (DSGVO Art. 15).") { objectId, outputFile, tenant };
        export.SetAction((parse, token) => ExportAsync(console, parse.GetValue(objectId)!, parse.GetValue(outputFile), console.Tenant(parse.GetValue(tenant)), token));

        return new Command("users", "Personenbezogene Daten einer Person (DSGVO).") { forget, export };
    }

    private static async Task<int> ForgetAsync(CliConsole console, string objectId, TenantId tenant, CancellationToken cancellationToken)
    {
        var forgetting = new UserForgetting(PrivacySetup.PersonalDataStores(console.Tables), CasesCommand.Audit(console));
        foreach (var result in await forgetting.ForgetAsync(tenant, objectId, "cli", cancellationToken))
        {
            await console.Output.WriteLineAsync(console.Text("CliForgotten", result.Store, result.Rows));
        }

        return CommandLine.Success;
    }

    private static async Task<int> ExportAsync(CliConsole console, string objectId, string? outputFile, TenantId tenant, CancellationToken cancellationToken)
    {
        var document = new JsonObject { ["objectId"] = objectId };
        foreach (var store in PrivacySetup.PersonalDataStores(console.Tables))
        {
            if (await store.ExportUserAsync(tenant, objectId, cancellationToken) is { } part)
            {
                document[store.Name] = part;
            }
        }

        if (document.Count == 1)
        {
            await console.Error.WriteLineAsync(console.Text("CliUserNotFound", objectId));
            return CommandLine.InvalidInput;
        }

        await CasesCommand.Audit(console).RecordAsync(tenant, "export-person", AuditLog.PersonKey(objectId), document.Count - 1, "cli", cancellationToken);
        await CasesCommand.WriteJsonAsync(console, document, outputFile, cancellationToken);
        return CommandLine.Success;
    }
}
