namespace WfTeams.Core.Chat;

public enum CaptureCommandKind
{
    New,
    MyDrafts,
    Edit,
    Submit,
    Reviews,
}
