namespace WfTeams.Core.Runs;

public enum RefusalCode
{
    NotFound,
    NotAMember,
    Stale,
    Closed,
    Paused,
    NotPaused,
    AtFirstStep,
    CannotSkipDecision,
    TemplateNotReleased,
    Tampered,
    UnknownVerb,
    TooLarge,
    NotAnEditor,
}
