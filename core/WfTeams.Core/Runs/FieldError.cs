using System.Globalization;
using WfTeams.Core.Resources;

namespace WfTeams.Core.Runs;

/// <summary>An input on the card that is wrong: <see cref="InputId"/> is the card input's id (f.{field}, c.{item}, decision, reason, assignee).</summary>
public sealed record FieldError(string InputId, string MessageKey, params object?[] Args)
{
    public string Message(CultureInfo? culture) => Messages.Format(MessageKey, culture, Args);
}
