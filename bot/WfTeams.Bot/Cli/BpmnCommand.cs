using WfTeams.Bot.Modelling;
using WfTeams.Core.Modelling;
using WfTeams.Core.Processes;
using WfTeams.Core.Storage;

namespace WfTeams.Bot.Cli;

/// <summary><c>templates import FILE.bpmn [--process ID]</c> and <c>templates export ID --format bpmn|svg</c>.</summary>
public static class BpmnCommand
{
    public static bool IsBpmn(string path) =>
        path.EndsWith(".bpmn", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".bpmn20.xml", StringComparison.OrdinalIgnoreCase);

    public static async Task<int> ImportAsync(CliConsole console, string path, string? processId, TenantId tenant, CancellationToken cancellationToken)
    {
        byte[] bytes;
        try
        {
            var info = new FileInfo(path);
            if (!info.Exists)
            {
                await console.Error.WriteLineAsync($"{path}: $: {console.Text("FileNotFound")}");
                return CommandLine.InvalidInput;
            }

            if (info.Length > BpmnImport.MaxBytes)
            {
                await console.Error.WriteLineAsync($"{path}: $: {console.Text("FileTooLarge", info.Length, BpmnImport.MaxBytes)}");
                return CommandLine.InvalidInput;
            }

            bytes = await File.ReadAllBytesAsync(path, cancellationToken);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            await console.Error.WriteLineAsync($"{path}: $: {console.Text("FileUnreadable", ex.Message)}");
            return CommandLine.InvalidInput;
        }

        try
        {
            var imported = await BpmnTemplateImport.ImportAsync(console.Templates, tenant, bytes, path, processId, cancellationToken);
            foreach (var notice in imported.Notices)
            {
                await console.Error.WriteLineAsync($"{path}: {notice.Element}: {console.Text("CliBpmnNotice")}: {notice.Message(console.Culture)}");
            }

            var template = imported.Template;
            await console.Output.WriteLineAsync(imported.Outcome switch
            {
                ImportOutcome.Unchanged => console.Text("CliUnchanged", path, template.Id, template.Version),
                ImportOutcome.Released => console.Text("CliReleased", path, template.Id, template.Version),
                _ => console.Text("CliImported", path, template.Id, template.Version, console.Text("Status" + template.Status)),
            });
            return CommandLine.Success;
        }
        catch (InvalidTemplateException ex)
        {
            await console.ReportAsync(path, ex.Errors);
            return CommandLine.InvalidInput;
        }
        catch (TemplateConflictException ex)
        {
            await console.Error.WriteLineAsync($"{path}: $: {ex.LocalizedMessage(console.Culture)}");
            return CommandLine.InvalidInput;
        }
    }

    public static async Task<int> ExportAsync(CliConsole console, string id, int? version, string? outputFile, string format, TenantId tenant, CancellationToken cancellationToken)
    {
        var template = await console.Templates.GetAsync(tenant, id, version, cancellationToken);
        if (template is null)
        {
            await console.Error.WriteLineAsync($"{id}: " + (version is null ? console.Text("TemplateNotFound", id) : console.Text("TemplateVersionNotFound", id, version)));
            return CommandLine.InvalidInput;
        }

        var bytes = format == "svg" ? DiagramSvg.Write(template, console.Culture) : BpmnExport.Write(template, console.Culture);
        if (outputFile is null)
        {
            await console.Output.WriteAsync(System.Text.Encoding.UTF8.GetString(bytes));
        }
        else
        {
            await CliConsole.WriteWholeAsync(outputFile, bytes, cancellationToken);
        }

        return CommandLine.Success;
    }
}
