using WfTeams.Core.Modelling;
using WfTeams.Core.Processes;
using WfTeams.Core.Storage;

namespace WfTeams.Bot.Modelling;

/// <summary>
/// A BPMN file into storage, shared by <c>templates import FILE.bpmn</c> and <c>POST /api/templates/import</c>.
/// Our own export is stored as the version it carries (the same content again changes nothing). A process from
/// another tool becomes a draft: version 1 of a new template, or, when its id exists, the next version of that
/// template with the latest version's profile fields and the imported name and steps.
/// </summary>
public static class BpmnTemplateImport
{
    /// <exception cref="InvalidTemplateException">The file is no usable BPMN or its process breaks a template rule; nothing stored.</exception>
    /// <exception cref="TemplateConflictException">The version exists with other content, or a concurrent change won.</exception>
    public static async Task<BpmnImported> ImportAsync(
        TemplateStore store, TenantId tenant, ReadOnlyMemory<byte> bytes, string source, string? processId, CancellationToken cancellationToken)
    {
        var result = BpmnImport.Read(bytes, source, processId);
        var template = result.Template;
        var notices = result.Notices.ToList();
        if (!result.Ours && await store.GetHeadAsync(tenant, template.Id, cancellationToken) is { } head
            && await store.GetAsync(tenant, template.Id, head.LatestVersion, cancellationToken) is { } latest)
        {
            template = latest with { Version = head.LatestVersion + 1, Status = TemplateStatus.Draft, Name = template.Name, Steps = template.Steps };
            notices.RemoveAll(n => n.MessageKey == "BpmnProfileToComplete");
            notices.Add(new BpmnNotice(template.Id, template.Name, "BpmnNextVersion", template.Version, head.LatestVersion));
        }

        var outcome = await store.ImportAsync(tenant, template, cancellationToken);
        return new BpmnImported(template, outcome, notices);
    }
}
