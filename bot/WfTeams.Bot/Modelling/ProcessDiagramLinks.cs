using System.Globalization;
using WfTeams.Bot.Documents;
using WfTeams.Core.Chat;
using WfTeams.Core.Processes;

namespace WfTeams.Bot.Modelling;

/// <summary>
/// Signed, expiring links to a template version's diagram as PNG, for the image on the process card (Teams loads
/// it without the bot's token). Signed with the case report's key and lifetime over "diagram:{id}:{version}": a
/// colon no case id has, and the version inside, so a link never shows another version nor opens a report.
/// </summary>
public sealed class ProcessDiagramLinks(CaseReportLinks signer) : IProcessDiagrams
{
    public static string Path(string templateId) => $"/api/templates/{Uri.EscapeDataString(templateId)}/diagram.png";

    public static string Signed(string templateId, int version) => $"diagram:{templateId}:{version.ToString(CultureInfo.InvariantCulture)}";

    public Uri? For(ProcessTemplate template, CultureInfo culture) =>
        signer.Link(Path(template.Id), Signed(template.Id, template.Version), culture, "version=" + template.Version.ToString(CultureInfo.InvariantCulture));
}
