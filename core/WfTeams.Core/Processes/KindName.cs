using System.Globalization;
using System.Text.Json.Serialization.Metadata;

namespace WfTeams.Core.Processes;

/// <summary>A JSON kind named in the reader's language when the message is formatted.</summary>
internal sealed record KindName(string MessageKey) : IFormattable
{
    public string ToString(string? format, IFormatProvider? formatProvider) =>
        Resources.Messages.Format(MessageKey, formatProvider as CultureInfo);

    public override string ToString() => ToString(null, null);
}
