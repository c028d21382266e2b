using System.Globalization;
using Microsoft.Extensions.Configuration;
using WfTeams.Bot.Cli;

namespace WfTeams.Bot.Tests.Cli;

/// <summary>Runs a verb as an administrator with a German locale would, capturing what it writes.</summary>
public static class GermanCommandLine
{
    public static async Task<(int ExitCode, string Output, string Error)> RunAsync(IConfiguration configuration, params string[] args)
    {
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("de-DE");
        try
        {
            var output = new StringWriter();
            var error = new StringWriter();
            var exitCode = await CommandLine.RunAsync(args, configuration, output, error);
            return (exitCode, output.ToString(), error.ToString());
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }
}
