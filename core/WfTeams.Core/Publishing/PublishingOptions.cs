namespace WfTeams.Core.Publishing;

/// <summary>Configuration section <c>Publishing</c>: the local handbook and automatic publishing.</summary>
public sealed class PublishingOptions
{
    /// <summary>Where the local handbook is written when SharePoint is not configured.</summary>
    public string Folder { get; set; } = Path.Combine(".data", "handbook");

    /// <summary>Publish a version as soon as it is released (import with <c>"status": "released"</c>).</summary>
    public bool OnRelease { get; set; }

    /// <summary>
    /// The address the handbook folder is reachable under (the host's <c>/handbook/</c> in development, or
    /// the agency's share), for the links handed back; without it links are <c>file://</c> URIs.
    /// </summary>
    public Uri? BaseUrl { get; set; }
}
