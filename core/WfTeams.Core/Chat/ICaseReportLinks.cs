using System.Globalization;
using WfTeams.Core.Runs;

namespace WfTeams.Core.Chat;

/// <summary>
/// Where the host offers a case's report (Fallbericht) for download. The host knows its address and
/// signs the link; the conversation only puts it on the summary card of a finished or cancelled case.
/// </summary>
public interface ICaseReportLinks
{
    /// <summary>The link for <paramref name="state"/> in <paramref name="culture"/>; null when the host offers none.</summary>
    Uri? For(CaseState state, CultureInfo culture);
}
