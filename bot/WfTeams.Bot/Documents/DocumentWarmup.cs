using System.Diagnostics;
using WfTeams.Core.Documents;
using WfTeams.Core.Processes;
using WfTeams.Core.Resources;
using WfTeams.Core.Storage;

namespace WfTeams.Bot.Documents;

/// <summary>
/// After the start, in the background, writes the Prozesssteckbrief of <see cref="WarmupTemplate"/> in both
/// languages with the deployment's design, through the same stored form (compressed JSON) a real template takes,
/// and reads a template head from Table storage once: the first real <c>profile.docx</c> then finds that code
/// compiled instead of paying the JIT (some hundred milliseconds). Readiness never waits for it; a failure only
/// costs the first request its speed.
/// </summary>
public sealed class DocumentWarmup(CorporateDesignCache designs, TemplateStore templates, ProfileFigures figures, TenantId tenant, IConfiguration configuration, ILogger<DocumentWarmup> logger) : BackgroundService
{
    /// <summary>Done once the warm-up has run (or failed); for tests and the benchmark.</summary>
    public Task Completed => _completed.Task;

    private readonly TaskCompletionSource _completed = new(TaskCreationOptions.RunContinuationsAsynchronously);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Off the start's path: the host listens (and answers /healthz/ready) while this runs.
        await Task.Yield();
        if (!configuration.GetValue("Profile:Warmup", true))
        {
            _completed.TrySetResult();
            return; // switched off to measure the cold path (bench/coldstart.py)
        }

        var watch = Stopwatch.StartNew();
        try
        {
            // The stored form and back: Brotli and the template JSON as a stored version is read.
            var row = new Azure.Data.Tables.TableEntity("warmup", "warmup");
            TemplateBody.Write(TemplateBody.Encode(WarmupTemplate.Value), row);
            var template = TemplateBody.Read(row);
            var now = DateTimeOffset.UtcNow;
            var empty = new Core.Insights.FigureBook().Figures(template, Core.Insights.FigurePeriod.LastMonths(ProfileFigures.Months, now), now);
            foreach (var language in new[] { "de", "en" })
            {
                var (options, _) = await designs.OptionsAsync(Messages.Culture(language), stoppingToken);
                // With an "Ist" column in one language: the figures' code is warmed up too.
                ProfileDocument.Create(template, options, language == "de" ? empty : null);
            }

            await templates.GetAsync(tenant, WarmupTemplate.Value.Id, null, stoppingToken);
            await figures.GetAsync(tenant, WarmupTemplate.Value.Id, stoppingToken);
            logger.LogInformation("Document code warmed up in {Milliseconds} ms.", watch.ElapsedMilliseconds);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogWarning("Document warm-up incomplete after {Milliseconds} ms: {Reason}", watch.ElapsedMilliseconds, ex.Message);
        }
        finally
        {
            _completed.TrySetResult();
        }
    }
}
