using System.Globalization;
using WfTeams.Core.Processes;

namespace WfTeams.Core.Chat;

/// <summary>
/// Where the host serves a template version's process diagram as a picture for a card: Teams loads card images
/// without the bot's token, so the host signs the link, as it does the case report's.
/// </summary>
public interface IProcessDiagrams
{
    /// <summary>The picture's address for <paramref name="template"/> in <paramref name="culture"/>; null when the host offers none.</summary>
    Uri? For(ProcessTemplate template, CultureInfo culture);
}
