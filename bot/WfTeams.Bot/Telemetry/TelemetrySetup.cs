using Azure.Monitor.OpenTelemetry.Exporter;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace WfTeams.Bot.Telemetry;

/// <summary>
/// OpenTelemetry for the host: traces of HTTP requests, outbound HTTP calls, Azure Table storage (the Azure SDK's
/// "Azure.*" sources) and our own spans; metrics of requests, outbound calls and the "WfTeams" meter. Exported
/// to Azure Monitor when <c>APPLICATIONINSIGHTS_CONNECTION_STRING</c> is set, to OTLP when
/// <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> is set, nowhere otherwise: nothing leaves the machine by default.
/// </summary>
public static class TelemetrySetup
{
    public const string AzureMonitorSetting = "APPLICATIONINSIGHTS_CONNECTION_STRING";
    public const string OtlpSetting = "OTEL_EXPORTER_OTLP_ENDPOINT";

    public static void AddTelemetry(this IHostApplicationBuilder builder)
    {
        var azureMonitor = builder.Configuration[AzureMonitorSetting];
        var otlp = builder.Configuration[OtlpSetting];

        // The Azure SDK creates its spans (Table storage calls) only when this switch is on.
        AppContext.SetSwitch("Azure.Experimental.EnableActivitySource", true);

        // Azure Monitor through its exporters, not the distro's UseAzureMonitor: that one also ships every
        // log message, and log messages are not checked for personal data as spans and metrics are.
        builder.Services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService("wfteams"))
            .WithTracing(tracing =>
            {
                tracing.AddSource(WfTeamsTelemetry.Name, "Azure.*")
                    .AddAspNetCoreInstrumentation(options =>
                    {
                        options.RecordException = false;
                        options.Filter = context => !context.Request.Path.StartsWithSegments("/healthz");
                    })
                    .AddHttpClientInstrumentation(options => options.RecordException = false)
                    .AddProcessor(new PrivateTags());
                if (!string.IsNullOrWhiteSpace(otlp))
                {
                    tracing.AddOtlpExporter();
                }

                if (!string.IsNullOrWhiteSpace(azureMonitor))
                {
                    tracing.AddAzureMonitorTraceExporter(options => options.ConnectionString = azureMonitor);
                }
            })
            .WithMetrics(metrics =>
            {
                metrics.AddMeter(WfTeamsTelemetry.Name)
                    .AddAspNetCoreInstrumentation()
                    .AddHttpClientInstrumentation();
                if (!string.IsNullOrWhiteSpace(otlp))
                {
                    metrics.AddOtlpExporter();
                }

                if (!string.IsNullOrWhiteSpace(azureMonitor))
                {
                    metrics.AddAzureMonitorMetricExporter(options => options.ConnectionString = azureMonitor);
                }
            });
    }
}
