using System.Globalization;
using WfTeams.Core.Storage;

namespace WfTeams.Core.Chat;

/// <summary>
/// The process handbook as the chat sees it. The host publishes (SharePoint or the local folder); the
/// conversation only finds the process, checks the editor and shows the answer, so Chat needs no Publishing.
/// </summary>
public interface IHandbook
{
    /// <summary>
    /// Publishes the released version of <paramref name="templateId"/>; publishing it again changes nothing.
    /// What stops it (not released, a handbook setting, SharePoint busy) comes back as
    /// <see cref="HandbookEntry.Refusal"/> in <paramref name="culture"/>, with nothing marked published.
    /// </summary>
    Task<HandbookEntry> PublishAsync(TenantId tenant, string templateId, CultureInfo culture, CancellationToken cancellationToken = default);
}
