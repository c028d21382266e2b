using System.Globalization;
using Azure.Data.Tables;
using WfTeams.Bot.Documents;
using WfTeams.Core.Documents;
using WfTeams.Core.Processes;
using WfTeams.Core.Publishing;
using WfTeams.Core.Storage;

namespace WfTeams.Bot.Publishing;

/// <summary>
/// The handbook publisher from configuration, the same for the host and the CLI: SharePoint when
/// <c>SharePoint:SiteId</c> or <c>SiteUrl</c> is set, else the folder <c>Publishing:Folder</c>. Profiles are
/// published in German with the deployment's corporate design (<c>Profile:*</c>).
/// </summary>
public static class PublishingSetup
{
    private static readonly CultureInfo German = CultureInfo.GetCultureInfo("de");

    public static SharePointOptions SharePoint(IConfiguration configuration)
    {
        var options = new SharePointOptions();
        configuration.GetSection("SharePoint").Bind(options);
        options.TenantId ??= configuration["Bot:TenantId"];
        return options;
    }

    public static PublishingOptions Publishing(IConfiguration configuration)
    {
        var options = new PublishingOptions();
        configuration.GetSection("Publishing").Bind(options);
        return options;
    }

    public static IPublishTarget Target(IConfiguration configuration) =>
        SharePoint(configuration) is { IsConfigured: true } sharePoint
            ? sharePoint.CreateLibrary()
            : new HandbookFolder(Publishing(configuration));

    public static HandbookPublisher Create(
        IConfiguration configuration, TemplateStore store, TableServiceClient tables, CorporateDesignOptions settings, CorporateDesignCache designs, TimeProvider time) =>
        new(store, new PublishMarks(tables), Target(configuration), cancellationToken => DocumentOptionsAsync(settings, designs, cancellationToken), time);

    private static async Task<DocumentOptions> DocumentOptionsAsync(CorporateDesignOptions settings, CorporateDesignCache designs, CancellationToken cancellationToken)
    {
        CorporateDesign? design = null;
        if (settings.StyleFile is { Length: > 0 } styleFile)
        {
            try
            {
                design = await designs.GetAsync(styleFile, cancellationToken);
            }
            catch (InvalidTemplateException ex)
            {
                throw new PublishingException(PublishProblem.Configuration, "PublishStyleFileBroken", [ex.Origin, ex.Errors[0].Message(German)], ex);
            }
        }

        return new DocumentOptions { Culture = German, Organisation = settings.Organisation, Design = design, Diagram = settings.Diagram };
    }
}
