namespace WfTeams.Core.Chat;

/// <summary>The <c>Capture</c> configuration section.</summary>
public sealed class CaptureOptions
{
    /// <summary>Four-eyes principle: nobody releases their own draft, unless an admin. Default on.</summary>
    public bool FourEyes { get; set; } = true;

    /// <summary>Publish the Prozesssteckbrief to the handbook on release (the host sets it from <c>Publishing:OnRelease</c>).</summary>
    public bool PublishOnRelease { get; set; }
}
