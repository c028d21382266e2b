namespace WfTeams.Core.Documents;

/// <summary>
/// A 64-bit FNV-1a fingerprint of the text outside content controls, without white space (editors
/// move spaces, tabs and empty paragraphs around; typed words change the fingerprint). Written into
/// a profile and computed again when it is read back: equal fingerprints mean nobody typed outside
/// the fields, and only a difference costs the comparison with a freshly made profile.
/// </summary>
internal sealed class OutsideText
{
    private const ulong Offset = 14695981039346656037;
    private const ulong Prime = 1099511628211;

    public ulong Value { get; private set; } = Offset;

    public string Hex => Value.ToString("x16", System.Globalization.CultureInfo.InvariantCulture);

    public void Add(ReadOnlySpan<char> text)
    {
        var hash = Value;
        foreach (var c in text)
        {
            if (!char.IsWhiteSpace(c))
            {
                hash = (hash ^ c) * Prime;
            }
        }

        Value = hash;
    }
}
