using WfTeams.Core.Storage;

namespace WfTeams.Bot.Hosting;

public static class HealthApi
{
    /// <summary>GET /healthz: 200 when Table storage answers, else 503 naming the endpoint; and <see cref="Readiness"/>.</summary>
    public static void MapHealthApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/healthz", CheckAsync);
        app.MapReadiness();
    }

    private static async Task<IResult> CheckAsync(TemplateStore store, TenantId tenant, CancellationToken cancellationToken)
    {
        try
        {
            await store.ListAsync(tenant, cancellationToken);
            return TypedResults.Ok(new { status = "ok", storage = store.Endpoint.ToString() });
        }
        catch (StorageUnavailableException ex)
        {
            return TypedResults.Json(new { status = "unavailable", storage = store.Endpoint.ToString(), error = ex.Message }, statusCode: 503);
        }
    }
}
