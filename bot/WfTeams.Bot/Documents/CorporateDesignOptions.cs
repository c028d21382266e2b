namespace WfTeams.Bot.Documents;

/// <summary>
/// Configuration section <c>Profile</c>: the organisation named in the profile's header and its
/// Word template (.dotx/.docx) with styles, header, footer and logo. One deployment serves one
/// tenant, so these are the tenant's.
/// </summary>
public sealed class CorporateDesignOptions
{
    public string? Organisation { get; set; }

    public string? StyleFile { get; set; }

    /// <summary><c>Profile:Diagram</c>: the Prozesssteckbrief shows the process diagram as a picture on a page of its own after the table flowchart.</summary>
    public bool Diagram { get; set; }

    /// <summary><c>Profile:CacheMegabytes</c>: how much memory generated documents may keep (<see cref="DocumentCache"/>); 0 turns the cache off.</summary>
    public int CacheMegabytes { get; set; } = 64;

    /// <summary>
    /// <c>Profile:HeadCacheSeconds</c>: how long a template's head row is used from memory before it is read again
    /// (<see cref="Core.Storage.TemplateHeadCache"/>); what another instance releases is seen here that much later. 0 reads it every time.
    /// </summary>
    public double HeadCacheSeconds { get; set; } = 1;
}
