namespace WfTeams.Bot.Documents;

/// <summary>The <c>Reports</c> configuration section (contract, see README).</summary>
public sealed class ReportOptions
{
    public const int MinKeyBytes = 32;

    /// <summary>
    /// Base64, at least 32 bytes: signs the case report links sent in chat. Without it (development)
    /// each process signs with a random key of its own, so links die with the process and are not
    /// valid on another instance: production sets it, the same on every instance.
    /// </summary>
    public string? SigningKey { get; set; }

    /// <summary>How long a report link works; opening the ended case in the chat again gives a fresh one.</summary>
    public TimeSpan LinkLifetime { get; set; } = TimeSpan.FromDays(14);

    /// <summary>The configured key's bytes; null when none is set; what is wrong with it, naming the setting.</summary>
    public static (byte[]? Key, string? Problem) ReadKey(string? configured)
    {
        if (string.IsNullOrWhiteSpace(configured))
        {
            return (null, null);
        }

        byte[] key;
        try
        {
            key = Convert.FromBase64String(configured.Trim());
        }
        catch (FormatException)
        {
            return (null, "Reports:SigningKey is not base64.");
        }

        return key.Length >= MinKeyBytes
            ? (key, null)
            : (null, $"Reports:SigningKey has {key.Length} bytes; at least {MinKeyBytes} are needed (openssl rand -base64 32).");
    }
}
