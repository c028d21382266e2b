using System.CommandLine;
using System.Globalization;
using WfTeams.Bot.Hosting;
using WfTeams.Core.Processes;
using WfTeams.Core.Resources;
using WfTeams.Core.Storage;

namespace WfTeams.Bot.Cli;

/// <summary>
/// The host's command line: <c>serve</c> and the admin verbs. Exit codes (contract): 0 success,
/// 1 invalid input (each error on stderr as <c>file: $.json.path: message</c>), 2 wrong usage,
/// 3 Table storage unreachable. The errors every verb can meet are turned into exit codes here, once.
/// </summary>
public static class CommandLine
{
    public const int Success = 0;
    public const int InvalidInput = 1;
    public const int WrongUsage = 2;
    public const int StorageUnavailable = 3;

    public static Task<int> RunAsync(string[] args)
    {
        var configuration = new ConfigurationBuilder()
            .SetBasePath(AppContext.BaseDirectory)
            .AddJsonFile("appsettings.json", optional: true)
            .AddEnvironmentVariables()
            .Build();
        return RunAsync(args, configuration, Console.Out, Console.Error);
    }

    public static async Task<int> RunAsync(string[] args, IConfiguration configuration, TextWriter output, TextWriter error, CancellationToken cancellationToken = default)
    {
        if (args.Length == 0 || (args[0].StartsWith("--", StringComparison.Ordinal) && args[0] is not ("--help" or "--version")))
        {
            args = ["serve", .. args];
        }

        var console = new CliConsole(output, error, Messages.Culture(CultureInfo.CurrentUICulture.Name), configuration);
        var serve = new Command("serve", "Startet den Host: Bot-Endpunkt, REST-API, Add-in (Standard: http://127.0.0.1:3978).")
        {
            TreatUnmatchedTokensAsErrors = false,
        };
        serve.SetAction((parse, token) => Server.RunAsync([.. parse.UnmatchedTokens], token));

        var root = new RootCommand("WfTeams – Prozessbegleitung für die Wirtschaftsförderung in Teams und Word.")
        {
            serve,
            TemplatesCommand.Create(console),
            ManifestCommand.Create(console),
            ProfileCommand.Create(console),
            PublishCommand.Create(console),
            CasesCommand.Create(console),
            UsersCommand.Create(console),
            InsightsCommand.Create(console),
            ReportCommand.Create(console),
        };

        var parseResult = root.Parse(args);
        if (parseResult.Errors.Count > 0)
        {
            foreach (var parseError in parseResult.Errors)
            {
                await error.WriteLineAsync(parseError.Message);
            }

            await error.WriteLineAsync("wfteams --help");
            return WrongUsage;
        }

        try
        {
            return await parseResult.InvokeAsync(
                new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false }, cancellationToken);
        }
        catch (StorageUnavailableException ex)
        {
            await error.WriteLineAsync(ex.LocalizedMessage(console.Culture));
            return StorageUnavailable;
        }
        catch (InvalidTemplateException ex)
        {
            await console.ReportAsync(ex.Origin, ex.Errors);
            return InvalidInput;
        }
        catch (ArgumentException ex) when (ex.ParamName == "value")
        {
            // A --tenant that is not a tenant id.
            await error.WriteLineAsync(ex.Message);
            return WrongUsage;
        }
    }
}
