using WfTeams.Bot.Api;
using WfTeams.Bot.Documents;
using WfTeams.Bot.Insights;
using WfTeams.Bot.Modelling;
using WfTeams.Bot.Publishing;
using WfTeams.Bot.Templates;

namespace WfTeams.Bot.Hosting;

/// <summary>
/// The HTTP API: one route group under <c>/api</c> whose filters answer for every route (errors,
/// language) and which needs a signed-in user of the tenant (writing routes: an editor). The bot endpoint <c>POST /api/messages</c> is not part of it: it speaks the Bot
/// Framework protocol and has its own authentication.
/// </summary>
public static class ApiRoutes
{
    public static RouteGroupBuilder MapApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api").AddEndpointFilter(ApiErrors.FilterAsync).RequireAuthorization(ApiAuthentication.Reader);
        api.MapTemplatesApi();
        api.MapWordImportApi();
        api.MapPublishApi();
        api.MapProfileApi();
        api.MapCaseReportApi();
        api.MapDraftProfileApi();
        api.MapModellingApi();
        api.MapInsightsApi();
        return api;
    }
}
