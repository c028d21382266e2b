namespace WfTeams.Core.Chat;

public enum ChatCommandKind
{
    Unknown,
    Start,
    Processes,
    Status,
    MyCases,
    Cancel,
    Pause,
    Resume,
    Help,
    Publish,
    Figures,
}
