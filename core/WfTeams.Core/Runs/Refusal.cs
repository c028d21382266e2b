using System.Globalization;
using WfTeams.Core.Resources;

namespace WfTeams.Core.Runs;

/// <summary>Why a command changed nothing, as a message in the user's language.</summary>
public sealed record Refusal(RefusalCode Code, string MessageKey, params object?[] Args)
{
    public string Message(CultureInfo? culture) => Messages.Format(MessageKey, culture, Args.Select(a => CaseTime.ForDisplay(a)).ToArray());
}
