using WfTeams.Core.Processes;

namespace WfTeams.Core.Capture;

/// <summary>
/// One question of the Prozesssteckbrief's master data: its key (the template field, the card's input id, and the
/// message keys <c>CaptureAsk_{Key}</c>, <c>CaptureHint_{Key}</c>, <c>CaptureExample_{Key}</c>), how it is answered,
/// how an answer goes into the template and comes back out of it (to show it again after "zurück"), and the card
/// it is asked on (questions of one card are answered with one submit).
/// </summary>
public sealed record MasterQuestion(
    string Key,
    AnswerKind Kind,
    bool Optional,
    int MaxChars,
    Func<ProcessTemplate, string, ProcessTemplate> Apply,
    Func<ProcessTemplate, string> Current,
    int Card);
