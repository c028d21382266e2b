using WfTeams.Core.Modelling;
using WfTeams.Core.Processes;
using WfTeams.Core.Storage;

namespace WfTeams.Bot.Modelling;

/// <summary>What a BPMN import stored (or found unchanged), and what it approximated on the way.</summary>
public sealed record BpmnImported(ProcessTemplate Template, ImportOutcome Outcome, IReadOnlyList<BpmnNotice> Notices);
