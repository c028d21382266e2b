using System.CommandLine;
using WfTeams.Core.Documents;
using WfTeams.Core.Processes;
using WfTeams.Core.Resources;
using WfTeams.Core.Storage;

namespace WfTeams.Bot.Cli;

/// <summary><c>profile &lt;templateId|file.json&gt; -o out.docx [--version N] [--style FILE] [--lang de|en] [--diagram [true|false]] [--tenant T]</c>.</summary>
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
        var diagram = new Option<bool>("--diagram")
        {
            Description = "Das Ablaufdiagramm als Bild auf einer eigenen Seite nach der Ablaufübersicht; Standard: Profile:Diagram.",
            DefaultValueFactory = _ => console.Design.Diagram,
        };
        var tenant = new Option<string?>("--tenant") { Description = "Mandant (Microsoft-365-Tenant-ID); Standard: Bot:TenantId oder \"development\"." };
        var command = new Command("profile", "Erzeugt den Prozesssteckbrief einer Vorlage als Word-Dokument.") { source, output, version, style, language, diagram, tenant };
        command.SetAction((parse, token) => RunAsync(
            console, parse.GetValue(source)!, parse.GetValue(output)!, parse.GetValue(version), parse.GetValue(style), parse.GetValue(language), parse.GetValue(diagram), parse.GetValue(tenant), token));
        return command;
    }

    private static async Task<int> RunAsync(
        CliConsole console, string source, string outputFile, int? version, string? styleFile, string? language, bool diagram, string? tenant, CancellationToken cancellationToken)
    {
        // A broken style file is reported by CommandLine as invalid input, with its errors.
        styleFile ??= console.Design.StyleFile;
        var design = styleFile is null ? null : await CorporateDesign.LoadAsync(styleFile, cancellationToken);

        ProcessTemplate? template;
        Core.Insights.ProcessFigures? figures = null;
        if (File.Exists(source) || source.EndsWith(".json", StringComparison.OrdinalIgnoreCase))
        {
            var (loaded, errors) = await TemplateFile.LoadAsync(source, cancellationToken);
            if (loaded is null)
            {
                await console.ReportAsync(source, errors);
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
            template = await console.Templates.GetAsync(console.Tenant(tenant), source, version, cancellationToken);
            if (template is null)
            {
                await console.Error.WriteLineAsync($"{source}: " + (version is null ? console.Text("TemplateNotFound", source) : console.Text("TemplateVersionNotFound", source, version)));
                return CommandLine.InvalidInput;
            }

            // A stored process's KPIs get their "Ist" of the last 12 months when it has cases.
            var now = TimeProvider.System.GetUtcNow();
            var period = Core.Insights.FigurePeriod.LastMonths(Documents.ProfileFigures.Months, now);
            var book = await new Core.Insights.InsightStore(console.Tables).ReadBookAsync(console.Tenant(tenant), template.Id, period.FirstMonth, cancellationToken);
            figures = Documents.ProfileActuals.Of(book, period, now)?.For(template);
        }

        var culture = language is null ? console.Culture : Messages.Culture(language);
        var bytes = ProfileDocument.Create(template, new DocumentOptions { Culture = culture, Organisation = console.Design.Organisation, Design = design, Diagram = diagram }, figures);
        await CliConsole.WriteWholeAsync(outputFile, bytes, cancellationToken);
        await console.Output.WriteLineAsync(console.Text("CliProfileWritten", outputFile, template.Name, template.Version, bytes.Length));
        return CommandLine.Success;
    }
}
