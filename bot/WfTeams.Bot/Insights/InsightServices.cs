using WfTeams.Core.Chat;
using WfTeams.Core.Insights;
using WfTeams.Core.Runs;

namespace WfTeams.Bot.Insights;

/// <summary>The figures: their store, and the projector the case runner tells of every stored change.</summary>
public static class InsightServices
{
    public static void AddInsights(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton<InsightStore>();
        builder.Services.AddSingleton<ICaseFollower, InsightProjector>();
        builder.Services.AddSingleton<IFiguresChartLinks, FiguresChartLinks>();
        builder.Services.AddSingleton<FiguresChat>();
    }
}
