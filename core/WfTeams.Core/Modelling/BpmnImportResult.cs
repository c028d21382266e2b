using WfTeams.Core.Processes;

namespace WfTeams.Core.Modelling;

/// <summary>
/// An imported template (checked completely, not yet stored) and what was approximated on the way.
/// <see cref="Ours"/>: the file came from our export (it carries the template's own fields), so its version is kept.
/// </summary>
public sealed record BpmnImportResult(ProcessTemplate Template, IReadOnlyList<BpmnNotice> Notices, bool Ours);
