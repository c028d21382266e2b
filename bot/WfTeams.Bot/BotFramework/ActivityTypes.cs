namespace WfTeams.Bot.BotFramework;

public static class ActivityTypes
{
    public const string Message = "message";
    public const string Invoke = "invoke";
    public const string InvokeResponse = "invokeResponse";
    public const string ConversationUpdate = "conversationUpdate";
    public const string InstallationUpdate = "installationUpdate";
    public const string Typing = "typing";
}
