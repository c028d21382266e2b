using System.Net;
using Microsoft.Extensions.Http.Resilience;
using Polly;

namespace WfTeams.Bot.Hosting;

/// <summary>
/// One retry setup for every outbound call to a Microsoft service (the Bot Connector; Microsoft Graph
/// next): throttling and transient gateway errors retried with jittered exponential backoff, honouring
/// <c>Retry-After</c>, at most three times.
/// </summary>
public static class OutboundResilience
{
    public static IHttpResiliencePipelineBuilder AddMicrosoftServiceResilience(this IHttpClientBuilder builder) =>
        builder.AddResilienceHandler("microsoft-services", Configure);

    public static void Configure(ResiliencePipelineBuilder<HttpResponseMessage> pipeline) =>
        pipeline.AddRetry(new HttpRetryStrategyOptions
        {
            MaxRetryAttempts = 3,
            BackoffType = DelayBackoffType.Exponential,
            UseJitter = true,
            Delay = TimeSpan.FromMilliseconds(250),
            MaxDelay = TimeSpan.FromSeconds(30),
            ShouldRetryAfterHeader = true,
            // 412: the connector's answer when an update races another; 429: throttled; 502/504: a gateway gave up.
            ShouldHandle = args => ValueTask.FromResult(
                args.Outcome.Exception is HttpRequestException
                || args.Outcome.Result?.StatusCode is HttpStatusCode.TooManyRequests or HttpStatusCode.PreconditionFailed
                    or HttpStatusCode.BadGateway or HttpStatusCode.GatewayTimeout),
        });
}
