namespace WfTeams.Core.Reminders;

/// <summary><c>erinnerungen aus</c> / <c>erinnerungen an</c> (English <c>reminders off</c> / <c>on</c>), case-insensitive.</summary>
public static class ReminderSwitch
{
    /// <returns>true (on), false (off), or null when the text is no such command.</returns>
    public static bool? Parse(string text)
    {
        var words = text.Trim().ToLowerInvariant().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        if (words.Length != 2 || words[0] is not ("erinnerungen" or "erinnerung" or "reminders" or "reminder"))
        {
            return null;
        }

        return words[1] switch
        {
            "an" or "ein" or "on" => true,
            "aus" or "off" => false,
            _ => null,
        };
    }
}
