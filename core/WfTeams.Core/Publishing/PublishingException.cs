using System.Globalization;
using WfTeams.Core.Resources;

namespace WfTeams.Core.Publishing;

/// <summary>What went wrong publishing, as a message in the user's language. Nothing was marked published.</summary>
public sealed class PublishingException(PublishProblem problem, string messageKey, object?[] args, Exception? inner = null)
    : Exception(Messages.Format(messageKey, CultureInfo.InvariantCulture, args), inner)
{
    public PublishProblem Problem { get; } = problem;

    public string LocalizedMessage(CultureInfo? culture = null) => Messages.Format(messageKey, culture, args);
}
