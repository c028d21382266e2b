namespace WfTeams.Core.Publishing;

/// <summary>The kind of failure, for an HTTP status or an exit code.</summary>
public enum PublishProblem
{
    /// <summary>No such template or version (404).</summary>
    NotFound,

    /// <summary>The version is not released (409).</summary>
    NotReleased,

    /// <summary>The deployment's settings are wrong: a site, library or folder that does not exist, a missing permission (500).</summary>
    Configuration,

    /// <summary>SharePoint or the folder failed or stayed busy; trying again later can succeed (503).</summary>
    Unavailable,
}
