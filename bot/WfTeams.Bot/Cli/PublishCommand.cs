using System.CommandLine;
using WfTeams.Bot.Documents;
using WfTeams.Bot.Hosting;
using WfTeams.Bot.Publishing;
using WfTeams.Core.Publishing;
using WfTeams.Core.Storage;

namespace WfTeams.Bot.Cli;

/// <summary>
/// <c>publish ID [--version N] [--tenant T]</c>: the Prozesssteckbrief of a released version into the handbook
/// (SharePoint, else <c>Publishing:Folder</c>). Exit codes: 0 published (or already), 1 not found or not released,
/// 3 Table storage unreachable, 4 the handbook failed (a setting, a permission, SharePoint busy).
/// </summary>
public static class PublishCommand
{
    public const int HandbookFailed = 4;

    public static Command Create(CliConsole console)
    {
        var id = new Argument<string>("ID") { Description = "ID der Vorlage." };
        var version = new Option<int?>("--version") { Description = "Version (Standard: die freigegebene)." };
        var tenant = new Option<string?>("--tenant") { Description = "Mandant (Microsoft-365-Tenant-ID); Standard: Bot:TenantId oder \"development\"." };
        var command = new Command("publish", "Veröffentlicht den Prozesssteckbrief einer freigegebenen Version im Prozesshandbuch (SharePoint oder Ordner).") { id, version, tenant };
        command.SetAction((parse, token) => RunAsync(console, parse.GetValue(id)!, parse.GetValue(version), parse.GetValue(tenant), token));
        return command;
    }

    /// <summary>After an import with <c>Publishing:OnRelease=true</c>: publishes a released version; a failure is reported, the import stands.</summary>
    public static async Task OnReleaseAsync(CliConsole console, TenantId tenant, string templateId, int version, CancellationToken cancellationToken)
    {
        if (PublishingSetup.Publishing(console.Configuration).OnRelease)
        {
            await PublishAsync(console, tenant, templateId, version, cancellationToken);
        }
    }

    private static async Task<int> RunAsync(CliConsole console, string templateId, int? version, string? tenantOption, CancellationToken cancellationToken)
    {
        return await PublishAsync(console, console.Tenant(tenantOption), templateId, version, cancellationToken);
    }

    private static async Task<int> PublishAsync(CliConsole console, TenantId tenant, string templateId, int? version, CancellationToken cancellationToken)
    {
        var publisher = PublishingSetup.Create(
            console.Configuration, console.Templates, console.Tables, console.Design, new CorporateDesignCache(Microsoft.Extensions.Options.Options.Create(console.Design)), TimeProvider.System);
        try
        {
            var result = await publisher.PublishAsync(tenant, templateId, version, cancellationToken);
            await console.Output.WriteLineAsync(console.Text(result.AlreadyPublished ? "CliAlreadyPublished" : "CliPublished", result.Name, result.Version, result.WebUrl));
            if (result.PdfUrl is { } pdf)
            {
                await console.Output.WriteLineAsync(console.Text("CliPublishPdf", pdf));
            }

            return CommandLine.Success;
        }
        catch (PublishingException ex)
        {
            await console.Error.WriteLineAsync($"{templateId}: {ex.LocalizedMessage(console.Culture)}");
            return ex.Problem is PublishProblem.NotFound or PublishProblem.NotReleased ? CommandLine.InvalidInput : HandbookFailed;
        }
        catch (StorageUnavailableException ex)
        {
            await console.Error.WriteLineAsync(ex.LocalizedMessage(console.Culture));
            return CommandLine.StorageUnavailable;
        }
    }
}
