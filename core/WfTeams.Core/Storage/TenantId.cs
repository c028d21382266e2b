using System.Text.RegularExpressions;

namespace WfTeams.Core.Storage;

/// <summary>The Microsoft 365 tenant that owns data. It starts every partition key, so tenants never meet.</summary>
public sealed partial record TenantId
{
    public string Value { get; }

    public TenantId(string value)
    {
        if (!Pattern().IsMatch(value))
        {
            throw new ArgumentException($"Invalid tenant id \"{value}\": letters, digits, '.' and '-' only, at most 64 characters.", nameof(value));
        }

        Value = value.ToLowerInvariant();
    }

    public override string ToString() => Value;

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9.-]{0,63}$")]
    private static partial Regex Pattern();
}
