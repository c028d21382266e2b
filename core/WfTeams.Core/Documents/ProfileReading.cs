using WfTeams.Core.Processes;

namespace WfTeams.Core.Documents;

/// <summary>
/// What an edited profile says: the edited template (null when there are <see cref="Problems"/>:
/// then nothing may be stored), the changes, notices, and every rule the edits break, by field
/// (paths as in template errors: <c>$.steps[3].title</c>).
/// </summary>
public sealed record ProfileReading(
    ProcessTemplate? Template,
    IReadOnlyList<FieldChange> Changes,
    IReadOnlyList<ProfileNotice> Notices,
    IReadOnlyList<TemplateError> Problems)
{
    public bool Changed => Changes.Count > 0;
}
