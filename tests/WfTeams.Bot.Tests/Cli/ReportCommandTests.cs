using System.Globalization;
using DocumentFormat.OpenXml.Packaging;
using WfTeams.Bot.Cli;
using WfTeams.Core.Storage;
using WfTeams.Testing;

namespace WfTeams.Bot.Tests.Cli;

/// <summary><c>report quality</c> and <c>report cases</c>: a whole file or none, and errors that say what is wrong.</summary>
[Collection("Azurite")]
public sealed class ReportCommandTests(AzuriteFixture azurite) : IDisposable
{
    private readonly TenantId _tenant = AzuriteFixture.NewTenant();
    private readonly string _folder = Directory.CreateTempSubdirectory("wfteams-report-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private async Task<(int ExitCode, string Output, string Error)> RunAsync(params string[] args)
    {
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("de-DE");
        try
        {
            var output = new StringWriter();
            var error = new StringWriter();
            var exitCode = await CommandLine.RunAsync(args, azurite.Configuration(_tenant), output, error);
            return (exitCode, output.ToString(), error.ToString());
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }

    [Fact]
    public async Task Quality_StoredCases_WritesTheReport()
    {
        await InsightCases.StoreAsync(azurite.Server.CreateServiceClient(), azurite.Store, _tenant);
        var file = Path.Combine(_folder, "bericht.docx");

        var (exitCode, output, error) = await RunAsync("report", "quality", InsightFixture.Id, "--from", "2026-03-01", "--to", "2026-03-31", "-o", file);

        Assert.True(exitCode == 0, error);
        Assert.Contains(file, output, StringComparison.Ordinal);
        using var document = WordprocessingDocument.Open(file, false);
        var text = document.MainDocumentPart!.Document!.Body!.InnerText;
        Assert.Contains("Qualitätsbericht · März 2026", text, StringComparison.Ordinal);
        Assert.Contains("Unternehmen hat abgesagt", text, StringComparison.Ordinal);
        Assert.Equal([Path.GetFileName(file)], Directory.GetFiles(_folder).Select(Path.GetFileName));
    }

    [Theory]
    [InlineData("quality", "--from", "2026-02-30", "--from: „2026-02-30“ ist kein Datum")]
    [InlineData("quality", "--to", "31.12.2026", "--to: „31.12.2026“ ist kein Datum")]
    [InlineData("cases", "--from", "2027-01-01", "vorwärts")]
    public async Task Report_BadDateOrBackwards_Exit1NothingWritten(string verb, string option, string value, string message)
    {
        await azurite.Store.ImportAsync(_tenant, InsightFixture.Template());
        var args = new List<string> { "report", verb, InsightFixture.Id, option, value, "-o", Path.Combine(_folder, "x") };
        if (option == "--from" && value.StartsWith("2027", StringComparison.Ordinal))
        {
            args.AddRange(["--to", "2026-06-01"]);
        }

        var (exitCode, _, error) = await RunAsync([.. args]);

        Assert.Equal(CommandLine.InvalidInput, exitCode);
        Assert.Contains(message, error, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(_folder));
    }

    [Theory]
    [InlineData("quality")]
    [InlineData("cases")]
    public async Task Report_UnknownProcess_Exit1NothingWritten(string verb)
    {
        var (exitCode, _, error) = await RunAsync("report", verb, "gibt-es-nicht", "-o", Path.Combine(_folder, "x"));

        Assert.Equal(CommandLine.InvalidInput, exitCode);
        Assert.StartsWith("gibt-es-nicht: ", error, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(_folder));
    }
}
