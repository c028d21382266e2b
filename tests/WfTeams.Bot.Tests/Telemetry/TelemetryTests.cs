using System.Diagnostics;
using System.Net;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;
using WfTeams.Bot.Documents;
using WfTeams.Bot.Telemetry;
using WfTeams.Bot.Tests.Api;
using WfTeams.Bot.Tests.BotFramework;
using WfTeams.Core.Runs;
using WfTeams.Testing;

namespace WfTeams.Bot.Tests.Telemetry;

/// <summary>
/// What the host would export, caught by in-memory exporters: a real turn that starts a case, a profile
/// download and a signed report link; then the spans and metrics are there and name no one.
/// </summary>
[Collection("Azurite")]
public sealed class TelemetryTests(AzuriteFixture azurite)
{
    private const string Subject = "Muster Telemetrie GmbH";
    private const string UserName = "Erika Mustermann";
    private const string UserAadId = "00000000-0000-0000-0000-0000000000e1";

    [Fact]
    public async Task TurnAndDocuments_ExportSpansAndMetrics_WithoutSubjectNameOrSignature()
    {
        var spans = new List<Activity>();
        var metrics = new List<MetricSnapshot>();
        using var host = new BotHost(
            azurite,
            new() { ["Api:ClientId"] = ApiTokens.ClientId, ["Api:OpenIdMetadataUrl"] = ApiTokens.OpenId.MetadataUrl },
            services: services => services.AddOpenTelemetry()
                .WithTracing(tracing => tracing.AddInMemoryExporter(spans))
                .WithMetrics(m => m.AddInMemoryExporter(metrics)));
        var ansiedlung = await CaseFactory.SampleAsync("ansiedlung");
        await azurite.Store.ImportAsync(host.Tenant, ansiedlung);

        // A turn: starting a case by message.
        var start = host.Message($"<at>WfTeams</at> starte Ansiedlung für {Subject}");
        Assert.Equal(HttpStatusCode.OK, (await host.PostAsync(start, host.Token())).StatusCode);
        await host.Connector.WaitForAsync(1);

        // A profile, with a reader's token.
        using (var profile = new HttpRequestMessage(HttpMethod.Get, $"/api/templates/{ansiedlung.Id}/profile.docx"))
        {
            profile.Headers.Authorization = new("Bearer", ApiTokens.Reader(host.Tenant));
            Assert.Equal(HttpStatusCode.OK, (await host.Client.SendAsync(profile)).StatusCode);
        }

        // The case's report through its signed link: the signature must not reach telemetry.
        var caseId = CaseStore.CaseIdFor(host.Tenant, (string)start["id"]!);
        var expires = DateTimeOffset.UtcNow.AddHours(1).ToUnixTimeSeconds();
        var signature = host.Services.GetRequiredService<CaseReportLinks>().Sign(caseId, expires);
        var report = await host.Client.GetAsync($"{CaseReportLinks.Path(caseId)}?expires={expires}&sig={signature}");
        Assert.Equal(HttpStatusCode.OK, report.StatusCode);

        var exported = await SpansAsync(host, spans, s => s.DisplayName.Contains("report.docx", StringComparison.Ordinal));
        host.Services.GetRequiredService<MeterProvider>().ForceFlush();
        var snapshot = metrics.ToList();

        Assert.Contains(exported, s => s.Kind == ActivityKind.Server && (string?)s.GetTagItem("http.route") == "/api/messages");
        Assert.Contains(exported, s => s.Kind == ActivityKind.Server && ((string?)s.GetTagItem("http.route"))?.EndsWith("profile.docx", StringComparison.Ordinal) == true);
        Assert.Contains(exported, s => s.Source.Name == WfTeamsTelemetry.Name && s.DisplayName == "turn message" && (string?)s.GetTagItem("wfteams.outcome") == "ok");
        Assert.Contains(exported, s => s.Source.Name == WfTeamsTelemetry.Name && s.DisplayName == "document profile");
        Assert.Contains(exported, s => s.Source.Name == WfTeamsTelemetry.Name && s.DisplayName == "document report");
        Assert.Contains(exported, s => s.Source.Name.StartsWith("Azure.", StringComparison.Ordinal));
        foreach (var name in (string[])["wfteams.turns", "wfteams.documents.generated", "wfteams.documents.duration", "wfteams.cases.started"])
        {
            Assert.Contains(snapshot, m => m.Name == name);
        }

        var texts = exported.SelectMany(SpanTexts).Concat(snapshot.SelectMany(MetricTexts)).ToList();
        Assert.NotEmpty(texts);
        foreach (var secret in (string[])[Subject, "Telemetrie", UserName, "Mustermann", UserAadId, "29:user-1", signature, "sig="])
        {
            Assert.DoesNotContain(texts, text => text.Contains(secret, StringComparison.OrdinalIgnoreCase));
        }

        Assert.DoesNotContain(texts, text => text.Contains(ansiedlung.Id, StringComparison.OrdinalIgnoreCase)); // ids go out hashed
        Assert.DoesNotContain(texts, text => text.Contains(caseId, StringComparison.Ordinal));
    }

    /// <summary>Waits until the last request's server span has ended (it ends after the client has the answer).</summary>
    private static async Task<List<Activity>> SpansAsync(BotHost host, List<Activity> spans, Func<Activity, bool> last)
    {
        var tracer = host.Services.GetRequiredService<TracerProvider>();
        for (var attempt = 0; attempt < 100; attempt++)
        {
            tracer.ForceFlush();
            lock (spans)
            {
                if (spans.Any(last))
                {
                    return [.. spans];
                }
            }

            await Task.Delay(50);
        }

        lock (spans)
        {
            return [.. spans];
        }
    }

    private static IEnumerable<string> SpanTexts(Activity span) =>
        new[] { span.DisplayName, span.OperationName, span.StatusDescription ?? "" }
            .Concat(span.TagObjects.SelectMany(tag => new[] { tag.Key, Convert.ToString(tag.Value, System.Globalization.CultureInfo.InvariantCulture) ?? "" }))
            .Concat(span.Events.SelectMany(e => e.Tags.Select(tag => $"{e.Name} {tag.Key} {tag.Value}")));

    private static IEnumerable<string> MetricTexts(MetricSnapshot metric)
    {
        yield return metric.Name;
        foreach (var point in metric.MetricPoints)
        {
            foreach (var tag in point.Tags)
            {
                yield return $"{tag.Key}={tag.Value}";
            }
        }
    }
}
