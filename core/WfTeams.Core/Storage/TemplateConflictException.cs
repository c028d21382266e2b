using System.Globalization;
using WfTeams.Core.Resources;

namespace WfTeams.Core.Storage;

/// <summary>
/// Someone else changed the same data first (an ETag mismatch), or an immutable row already exists.
/// Nothing was written.
/// </summary>
public sealed class TemplateConflictException(string templateId, string messageKey, params object?[] args)
    : Exception(Messages.Format(messageKey, CultureInfo.InvariantCulture, args))
{
    public string TemplateId { get; } = templateId;

    public string LocalizedMessage(CultureInfo? culture = null) => Messages.Format(messageKey, culture, args);
}
