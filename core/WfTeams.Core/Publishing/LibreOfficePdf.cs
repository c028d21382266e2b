using System.Diagnostics;

namespace WfTeams.Core.Publishing;

/// <summary>A PDF of a Word document through LibreOffice (<c>soffice --headless</c>), when it is installed.</summary>
public static class LibreOfficePdf
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(2);

    /// <summary><c>soffice</c> on the PATH, or null.</summary>
    public static string? Find() =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(folder => Path.Combine(folder, "soffice"))
            .FirstOrDefault(File.Exists);

    /// <summary>Writes <c>{name}.pdf</c> beside nothing: into <paramref name="outputFolder"/>; returns its path, or null without LibreOffice or when it fails.</summary>
    public static async Task<string?> ConvertAsync(string docx, string outputFolder, CancellationToken cancellationToken = default)
    {
        if (Find() is not { } soffice)
        {
            return null;
        }

        // A profile of its own: a second soffice (another conversion, a user's LibreOffice) would otherwise block this one.
        var profile = Directory.CreateTempSubdirectory("wfteams-soffice-");
        try
        {
            var start = new ProcessStartInfo(soffice)
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                ArgumentList = { $"-env:UserInstallation={new Uri(profile.FullName).AbsoluteUri}", "--headless", "--convert-to", "pdf", "--outdir", outputFolder, docx },
            };
            using var process = Process.Start(start)!;
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(Timeout);
            try
            {
                await Task.WhenAll(process.StandardOutput.ReadToEndAsync(timeout.Token), process.StandardError.ReadToEndAsync(timeout.Token), process.WaitForExitAsync(timeout.Token));
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                throw;
            }

            var pdf = Path.Combine(outputFolder, Path.GetFileNameWithoutExtension(docx) + ".pdf");
            return process.ExitCode == 0 && File.Exists(pdf) ? pdf : null;
        }
        finally
        {
            profile.Delete(recursive: true);
        }
    }
}
