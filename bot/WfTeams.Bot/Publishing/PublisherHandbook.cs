using System.Globalization;
using WfTeams.Core.Chat;
using WfTeams.Core.Publishing;
using WfTeams.Core.Storage;

namespace WfTeams.Bot.Publishing;

/// <summary>The chat's handbook: the same publisher as the publish route and the CLI verb.</summary>
public sealed class PublisherHandbook(HandbookPublisher publisher) : IHandbook
{
    public async Task<HandbookEntry> PublishAsync(TenantId tenant, string templateId, CultureInfo culture, CancellationToken cancellationToken = default)
    {
        try
        {
            var result = await publisher.PublishAsync(tenant, templateId, cancellationToken: cancellationToken);
            return new HandbookEntry(result.Name, result.Version, result.WebUrl, result.PdfUrl, result.AlreadyPublished);
        }
        catch (PublishingException ex)
        {
            return HandbookEntry.Refused(ex.LocalizedMessage(culture));
        }
    }
}
