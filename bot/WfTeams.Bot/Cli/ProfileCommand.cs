using System.CommandLine;
using WfTeams.Bot.Documents;
using WfTeams.Core.Documents;
using WfTeams.Core.Processes;
using WfTeams.Core.Resources;
using WfTeams.Core.Storage;

namespace WfTeams.Bot.Cli;

/// <summary><c>profile &lt;templateId|file.json&gt; -o out.docx [--version N] [--style FILE] [--lang de|en] [--tenant T]</c>.</summary>
public static class ProfileCommand
{
    public static Command Create(CliConsole console)
    {
        var source = new Argument<string>("ID|FILE") { Description = "ID einer gespeicherten Vorlage oder eine Vorlagendatei (JSON)." };
        var output = new Option<string>("--output", "-o") { Description = "Zieldatei (.docx).", Required = true };
        var version = new Option<int?>("--version") { Description = "Version (Standard: freigegebene, sonst neueste)." };
        var style = new Option<string?>("--style") { Description = "Word-Vorlage (.dotx/.docx) mit dem Layout der Organisation; Standard: Profile:StyleFile." };
        var language = new Option<string?>("--lang") { Description = "Sprache des Steckbriefs: de (Standard) oder en." };
        language.AcceptOnlyFromAmong("de", "en");
        var tenant = new Option<string?>("--tenant") { Description = "Mandant (Microsoft-365-Tenant-ID); Standard: Bot:TenantId oder \"development\"." };
        var command = new Command("profile", "Erzeugt den Prozesssteckbrief einer Vorlage als Word-Dokument.") { source, output, version, style, language, tenant };
        command.SetAction((parse, token) => RunAsync(
            console, parse.GetValue(source)!, parse.GetValue(output)!, parse.GetValue(version), parse.GetValue(style), parse.GetValue(language), parse.GetValue(tenant), token));
        return command;
    }

    private static async Task<int> RunAsync(
        CliConsole console, string source, string outputFile, int? version, string? styleFile, string? language, string? tenantOption, CancellationToken cancellationToken)
    {
        var settings = ProfileSettingsOptions.From(console.Configuration);
        styleFile ??= settings.StyleFile;
        CorporateDesign? design = null;
        if (styleFile is not null)
        {
            try
            {
                design = await CorporateDesign.LoadAsync(styleFile, cancellationToken);
            }
            catch (InvalidTemplateException ex)
            {
                await ReportAsync(console, ex.Origin, ex.Errors);
                return CommandLine.InvalidInput;
            }
        }

        ProcessTemplate? template;
        if (File.Exists(source) || source.EndsWith(".json", StringComparison.OrdinalIgnoreCase))
        {
            var (loaded, errors) = await TemplateFile.LoadAsync(source, cancellationToken);
            if (loaded is null)
            {
                await ReportAsync(console, source, errors);
                return CommandLine.InvalidInput;
            }

            if (version is not null && version != loaded.Version)
            {
                await console.Error.WriteLineAsync($"{source}: $.version: " + console.Text("TemplateVersionNotFound", loaded.Id, version));
                return CommandLine.InvalidInput;
            }

            template = loaded;
        }
        else
        {
            try
            {
                var tenant = tenantOption is null ? Hosting.Tenancy.ConfiguredTenant(console.Configuration) : new TenantId(tenantOption);
                var options = new StorageOptions();
                console.Configuration.GetSection("Storage").Bind(options);
                template = await new TemplateStore(options.CreateServiceClient()).GetAsync(tenant, source, version, cancellationToken);
            }
            catch (StorageUnavailableException ex)
            {
                await console.Error.WriteLineAsync(ex.LocalizedMessage(console.Culture));
                return CommandLine.StorageUnavailable;
            }
            catch (ArgumentException ex) when (ex.ParamName == "value")
            {
                await console.Error.WriteLineAsync(ex.Message);
                return CommandLine.WrongUsage;
            }

            if (template is null)
            {
                await console.Error.WriteLineAsync($"{source}: " + (version is null ? console.Text("TemplateNotFound", source) : console.Text("TemplateVersionNotFound", source, version)));
                return CommandLine.InvalidInput;
            }
        }

        var culture = language is null ? console.Culture : Messages.Culture(language);
        var bytes = ProfileDocument.Create(template, new DocumentOptions { Culture = culture, Organisation = settings.Organisation, Design = design });

        // Written beside the target and moved over it, so a reader never sees half a file.
        var temporary = outputFile + ".tmp";
        await File.WriteAllBytesAsync(temporary, bytes, cancellationToken);
        File.Move(temporary, outputFile, overwrite: true);
        await console.Output.WriteLineAsync(console.Text("CliProfileWritten", outputFile, template.Name, template.Version, bytes.Length));
        return CommandLine.Success;
    }

    private static async Task ReportAsync(CliConsole console, string path, IReadOnlyList<TemplateError> errors)
    {
        foreach (var error in errors)
        {
            await console.Error.WriteLineAsync($"{path}: {error.Path}: {error.Message(console.Culture)}");
        }
    }
}
