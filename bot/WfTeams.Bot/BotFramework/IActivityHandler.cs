namespace WfTeams.Bot.BotFramework;

/// <summary>
/// What the endpoint hands an authenticated activity to. The protocol layer knows nothing of what the
/// bot does with it: the application's router implements this.
/// </summary>
public interface IActivityHandler
{
    Task<TurnResult> HandleAsync(Activity activity, CancellationToken cancellationToken);
}
