using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using WfTeams.Bot.Documents;
using WfTeams.Core.Documents;
using WfTeams.Core.Processes;
using WfTeams.Core.Storage;

namespace WfTeams.Bot.Tests.Documents;

[Collection("Azurite")]
public sealed class DocumentWarmupTests(AzuriteFixture azurite)
{
    [Fact]
    public void WarmupTemplate_IsValidAndWritesAProfile()
    {
        Assert.Empty(TemplateValidator.Validate(WarmupTemplate.Value));
        Assert.True(ProfileDocument.Create(WarmupTemplate.Value).Length > 10_000);
    }

    [Fact]
    public async Task Warmup_AfterStart_CompletesWithoutAWarning()
    {
        var logs = new List<string>();
        using var factory = LoggerFactory.Create(builder => builder.AddProvider(new ListLogger(logs)));
        using var figures = new ProfileFigures(new WfTeams.Core.Insights.InsightStore(azurite.Server.CreateServiceClient()), TimeProvider.System);
        var warmup = new DocumentWarmup(new CorporateDesignCache(Options.Create(new CorporateDesignOptions())), azurite.Store, figures, AzuriteFixture.NewTenant(),
            new ConfigurationBuilder().Build(), factory.CreateLogger<DocumentWarmup>());

        await warmup.StartAsync(CancellationToken.None);
        await warmup.Completed.WaitAsync(TimeSpan.FromMinutes(2));
        await warmup.StopAsync(CancellationToken.None);

        Assert.Contains(logs, l => l.StartsWith("Information: Document code warmed up in ", StringComparison.Ordinal));
        Assert.DoesNotContain(logs, l => l.StartsWith("Warning", StringComparison.Ordinal));
    }

    private sealed class ListLogger(List<string> lines) : ILoggerProvider, ILogger
    {
        public ILogger CreateLogger(string categoryName) => this;

        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            lock (lines)
            {
                lines.Add($"{logLevel}: {formatter(state, exception)}");
            }
        }

        public void Dispose()
        {
        }
    }
}
