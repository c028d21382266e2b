namespace WfTeams.Core.Documents;

/// <summary>Something a reader of the edited profile should know, e.g. that a deleted control's field keeps its value; in the user's language.</summary>
public sealed record ProfileNotice(string Path, string Message);
