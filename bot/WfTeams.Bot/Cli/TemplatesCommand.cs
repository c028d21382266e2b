using System.CommandLine;
using System.Globalization;
using WfTeams.Bot.Api;
using WfTeams.Bot.Templates;
using WfTeams.Core.Documents;
using WfTeams.Core.Processes;
using WfTeams.Core.Storage;

namespace WfTeams.Bot.Cli;

/// <summary><c>templates validate|import|list|export</c>.</summary>
public static class TemplatesCommand
{
    public static Command Create(CliConsole console)
    {
        var tenant = new Option<string?>("--tenant") { Description = "Mandant (Microsoft-365-Tenant-ID); Standard: Bot:TenantId oder \"development\"." };

        var files = new Argument<string[]>("FILE") { Arity = ArgumentArity.OneOrMore, Description = "Vorlagendateien (JSON)." };
        var validate = new Command("validate", "Prüft Vorlagendateien und meldet alle Fehler mit JSON-Pfad.") { files };
        validate.SetAction((parse, token) => ValidateAsync(console, parse.GetValue(files)!, token));

        var source = new Argument<string>("FILE|DIR") { Description = "Eine Vorlagendatei oder ein Ordner mit *.json." };
        var process = new Option<string?>("--process") { Description = "BPMN: der Prozess (ID), wenn die Datei mehrere enthält." };
        var import = new Command("import", "Prüft und speichert Vorlagen (JSON oder BPMN 2.0) in Table Storage, jede ganz oder gar nicht.") { source, tenant, process };
        import.SetAction((parse, token) => BpmnCommand.IsBpmn(parse.GetValue(source)!)
            ? BpmnCommand.ImportAsync(console, parse.GetValue(source)!, parse.GetValue(process), console.Tenant(parse.GetValue(tenant)), token)
            : ImportAsync(console, parse.GetValue(source)!, console.Tenant(parse.GetValue(tenant)), token));

        var json = new Option<bool>("--json") { Description = "Als JSON ausgeben." };
        var list = new Command("list", "Listet die Vorlagen des Mandanten.") { tenant, json };
        list.SetAction((parse, token) => ListAsync(console, console.Tenant(parse.GetValue(tenant)), parse.GetValue(json), token));

        var id = new Argument<string>("ID") { Description = "ID der Vorlage." };
        var version = new Option<int?>("--version") { Description = "Version (Standard: freigegebene, sonst neueste)." };
        var outputFile = new Option<string?>("--output", "-o") { Description = "Zieldatei (Standard: Standardausgabe)." };
        var format = new Option<string>("--format") { Description = "json (Standard), bpmn (BPMN 2.0 mit Diagramm) oder svg (Prozessdiagramm).", DefaultValueFactory = _ => "json" };
        format.AcceptOnlyFromAmong("json", "bpmn", "svg");
        var export = new Command("export", "Gibt eine Vorlage als JSON, BPMN 2.0 oder SVG-Diagramm aus.") { id, version, outputFile, tenant, format };
        export.SetAction((parse, token) => parse.GetValue(format) is "bpmn" or "svg"
            ? BpmnCommand.ExportAsync(console, parse.GetValue(id)!, parse.GetValue(version), parse.GetValue(outputFile), parse.GetValue(format)!, console.Tenant(parse.GetValue(tenant)), token)
            : ExportAsync(console, parse.GetValue(id)!, parse.GetValue(version), parse.GetValue(outputFile), console.Tenant(parse.GetValue(tenant)), token));

        var docx = new Argument<string>("FILE.docx") { Description = "Ein in Word bearbeiteter Prozesssteckbrief." };
        var onLatest = new Option<bool>("--on-latest") { Description = "Änderungen eines Steckbriefs einer älteren Version auf die neueste Version anwenden." };
        var author = new Option<string?>("--author") { Description = "Wer geändert hat, für die Änderungshistorie; Standard: der angemeldete Benutzer." };
        var importDocx = new Command("import-docx", "Liest einen bearbeiteten Prozesssteckbrief und speichert die Änderungen als neue Entwurfsversion.") { docx, tenant, onLatest, author };
        importDocx.SetAction((parse, token) => ImportDocxAsync(
            console, parse.GetValue(docx)!, console.Tenant(parse.GetValue(tenant)), parse.GetValue(onLatest), parse.GetValue(author) ?? Environment.UserName, token));

        return new Command("templates", "Prozessvorlagen prüfen, importieren, auflisten, exportieren.") { validate, import, list, export, importDocx };
    }

    private static async Task<int> ValidateAsync(CliConsole console, string[] paths, CancellationToken cancellationToken)
    {
        var exitCode = CommandLine.Success;
        foreach (var path in paths)
        {
            var (template, errors) = await TemplateFile.LoadAsync(path, cancellationToken);
            if (template is null)
            {
                await console.ReportAsync(path, errors);
                exitCode = CommandLine.InvalidInput;
                continue;
            }

            await console.Output.WriteLineAsync(console.Text("CliValid", path, template.Name, template.Version, template.Steps.Count));
        }

        return exitCode;
    }

    private static async Task<int> ImportAsync(CliConsole console, string source, TenantId tenant, CancellationToken cancellationToken)
    {
        var paths = TemplateFile.Expand(source);
        if (paths.Count == 0)
        {
            await console.Error.WriteLineAsync($"{source}: {console.Text("NoTemplateFiles")}");
            return CommandLine.InvalidInput;
        }

        var store = console.Templates;
        var fine = 0;
        foreach (var path in paths)
        {
            var (template, errors) = await TemplateFile.LoadAsync(path, cancellationToken);
            if (template is null)
            {
                await console.ReportAsync(path, errors);
                continue;
            }

            try
            {
                var outcome = await store.ImportAsync(tenant, template, cancellationToken);
                await console.Output.WriteLineAsync(outcome switch
                {
                    ImportOutcome.Unchanged => console.Text("CliUnchanged", path, template.Id, template.Version),
                    ImportOutcome.Released => console.Text("CliReleased", path, template.Id, template.Version),
                    _ => console.Text("CliImported", path, template.Id, template.Version, StatusText(console, template.Status)),
                });
                fine++;
                if (template.Status == TemplateStatus.Released)
                {
                    await PublishCommand.OnReleaseAsync(console, tenant, template.Id, template.Version, cancellationToken);
                }
            }
            catch (InvalidTemplateException ex)
            {
                await console.ReportAsync(path, ex.Errors);
            }
            catch (TemplateConflictException ex)
            {
                await console.Error.WriteLineAsync($"{path}: $: {ex.LocalizedMessage(console.Culture)}");
            }
        }

        if (paths.Count > 1)
        {
            await console.Output.WriteLineAsync(console.Text("CliSummary", fine, paths.Count));
        }

        return fine == paths.Count ? CommandLine.Success : CommandLine.InvalidInput;
    }

    private static async Task<int> ListAsync(CliConsole console, TenantId tenant, bool json, CancellationToken cancellationToken)
    {
        var heads = await console.Templates.ListAsync(tenant, cancellationToken);
        if (json)
        {
            await console.Output.WriteLineAsync(System.Text.Json.JsonSerializer.Serialize(
                heads.Select(h => new { h.Id, h.Name, h.Owner, h.Category, h.LatestVersion, h.ReleasedVersion, Status = TemplateJson.JsonName(h.LatestStatus), h.UpdatedAt }),
                TemplateJson.Options));
            return CommandLine.Success;
        }

        if (heads.Count == 0)
        {
            await console.Output.WriteLineAsync(console.Text("CliNoTemplates", tenant));
            return CommandLine.Success;
        }

        string[][] rows =
        [
            console.Text("CliListColumns").Split('|'),
            .. heads.Select(h => new[]
            {
                h.Id,
                h.Name,
                h.LatestVersion.ToString(CultureInfo.InvariantCulture),
                h.ReleasedVersion?.ToString(CultureInfo.InvariantCulture) ?? "–",
                StatusText(console, h.LatestStatus),
                h.UpdatedAt.ToLocalTime().ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture),
            }),
        ];
        var widths = Enumerable.Range(0, rows[0].Length).Select(c => rows.Max(r => r[c].Length)).ToArray();
        foreach (var row in rows)
        {
            await console.Output.WriteLineAsync(string.Join("  ", row.Select((cell, c) => cell.PadRight(widths[c]))).TrimEnd());
        }

        return CommandLine.Success;
    }

    private static async Task<int> ExportAsync(CliConsole console, string id, int? version, string? outputFile, TenantId tenant, CancellationToken cancellationToken)
    {
        var template = await console.Templates.GetAsync(tenant, id, version, cancellationToken);
        if (template is null)
        {
            await console.Error.WriteLineAsync($"{id}: " + (version is null ? console.Text("TemplateNotFound", id) : console.Text("TemplateVersionNotFound", id, version)));
            return CommandLine.InvalidInput;
        }

        var json = TemplateJson.Serialize(template) + "\n";
        if (outputFile is null)
        {
            await console.Output.WriteAsync(json);
        }
        else
        {
            await CliConsole.WriteWholeAsync(outputFile, System.Text.Encoding.UTF8.GetBytes(json), cancellationToken);
        }

        return CommandLine.Success;
    }

    private static async Task<int> ImportDocxAsync(CliConsole console, string path, TenantId tenant, bool onLatest, string author, CancellationToken cancellationToken)
    {
        WordImportResult result;
        try
        {
            await using var file = File.OpenRead(path);
            var document = await ProfileUpload.OpenAsync(file, cancellationToken);
            result = await new WordImport(console.Templates, TimeProvider.System).ImportAsync(tenant, document, null, author, onLatest, console.Culture, cancellationToken);
        }
        catch (InvalidTemplateException ex)
        {
            await console.ReportAsync(path, ex.Errors);
            return CommandLine.InvalidInput;
        }
        catch (WordImportConflict ex)
        {
            await console.Error.WriteLineAsync($"{path}: $: {console.Text("DocxOlderThanLatest", ex.TemplateId, ex.DocumentVersion, ex.LatestVersion)} (--on-latest)");
            return CommandLine.InvalidInput;
        }
        catch (TemplateConflictException ex)
        {
            await console.Error.WriteLineAsync($"{path}: $: {ex.LocalizedMessage(console.Culture)}");
            return CommandLine.InvalidInput;
        }
        catch (NotFoundException ex)
        {
            await console.Error.WriteLineAsync($"{path}: $: {console.Text(ex.MessageKey, [.. ex.Arguments])}");
            return CommandLine.InvalidInput;
        }
        catch (FileNotFoundException)
        {
            await console.Error.WriteLineAsync($"{path}: {console.Text("FileNotFound")}");
            return CommandLine.InvalidInput;
        }

        await console.Output.WriteLineAsync(result.Created
            ? console.Text("CliDocxSaved", path, result.Id, result.Version, result.Changes.Count)
            : console.Text("CliDocxUnchanged", path, result.Id, result.Version));
        foreach (var change in result.Changes)
        {
            await console.Output.WriteLineAsync($"  {change.Path}: {change.Old ?? "–"} → {change.New ?? "–"}");
        }

        foreach (var notice in result.Notices)
        {
            await console.Output.WriteLineAsync($"  {notice.Path}: {notice.Message}");
        }

        return CommandLine.Success;
    }

    private static string StatusText(CliConsole console, TemplateStatus status) => console.Text("Status" + status);
}
