namespace WfTeams.Bot.Telemetry;

/// <summary>Which Word document was generated, as a metric tag.</summary>
public enum DocumentKind
{
    Profile,
    Report,
    Quality,
}
