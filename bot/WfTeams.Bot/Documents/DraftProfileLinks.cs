using System.Globalization;
using WfTeams.Core.Capture;
using WfTeams.Core.Chat;

namespace WfTeams.Bot.Documents;

/// <summary>
/// Signed, expiring links to a draft's Prozesssteckbrief, signed with the case report's key
/// (<c>Reports:SigningKey</c>, <c>Reports:LinkLifetime</c>) over "draft:{id}" — a colon no case id has, so a
/// draft's signature never opens a case report, nor the other way round.
/// </summary>
public sealed class DraftProfileLinks(CaseReportLinks signer) : IDraftProfileLinks
{
    public static string Path(string draftId) => $"/api/drafts/{Uri.EscapeDataString(draftId)}/profile.docx";

    public static string Signed(string draftId) => "draft:" + draftId;

    public Uri? For(string tenant, Draft draft, CultureInfo culture) => signer.Link(Path(draft.Id), Signed(draft.Id), culture);
}
