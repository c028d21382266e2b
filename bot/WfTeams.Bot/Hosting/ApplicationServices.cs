using WfTeams.Core.Storage;

namespace WfTeams.Bot.Hosting;

public static class ApplicationServices
{
    public static void AddApplicationServices(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<StorageOptions>().BindConfiguration("Storage");
        builder.Services.AddOptions<WfTeams.Bot.Documents.ProfileSettingsOptions>().BindConfiguration("Profile");
        builder.Services.AddSingleton<WfTeams.Bot.Documents.CorporateDesigns>();
        builder.Services.AddSingleton(services => new TemplateStore(
            services.GetRequiredService<Microsoft.Extensions.Options.IOptions<StorageOptions>>().Value.CreateServiceClient()));
        builder.Services.AddSingleton(Tenancy.ConfiguredTenant(builder.Configuration));
        builder.Services.ConfigureHttpJsonOptions(options => options.SerializerOptions.Encoder =
            System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping);
        builder.Services.AddProblemDetails();
    }
}
