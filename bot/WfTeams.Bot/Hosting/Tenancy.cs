using WfTeams.Bot.BotFramework;
using WfTeams.Core.Storage;

namespace WfTeams.Bot.Hosting;

/// <summary>
/// The bot registration is single-tenant, so one deployment serves the tenant in <c>Bot:TenantId</c>;
/// without one (local development) the tenant is "development".
/// </summary>
public static class Tenancy
{
    public const string DevelopmentTenant = "development";

    public static TenantId Of(BotOptions options) =>
        new(options.TenantId is { Length: > 0 } tenant ? tenant : DevelopmentTenant);
}
