namespace WfTeams.Bot.Pages;

/// <summary>The <c>Legal</c> configuration section (contract, see README): what the privacy and terms pages name.</summary>
public sealed class LegalOptions
{
    /// <summary>Whom to ask about data protection (the data protection officer): an e-mail address or an https URL.</summary>
    public string? Contact { get; set; }
}
