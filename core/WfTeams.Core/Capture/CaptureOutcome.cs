using WfTeams.Core.Processes;

namespace WfTeams.Core.Capture;

/// <summary>
/// An answer applied: the draft to store, or — when <see cref="Stored"/> is false — the unchanged draft with
/// what is wrong (paths name the card inputs). Problems of the whole template (a decision leading to a step
/// that was never captured) come with a stored draft too: the answer is kept, the preview names them.
/// </summary>
public sealed record CaptureOutcome(Draft Draft, IReadOnlyList<TemplateError> Errors, bool Stored)
{
    public static CaptureOutcome Changed(Draft draft, IReadOnlyList<TemplateError>? problems = null) => new(draft, problems ?? [], true);

    public static CaptureOutcome Refused(Draft draft, IReadOnlyList<TemplateError> errors) => new(draft, errors, false);
}
