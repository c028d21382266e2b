namespace WfTeams.Core.Capture;

/// <summary>One field that differs between two templates: its JSON path, the old and the new text (null: absent).</summary>
public sealed record TemplateDifference(string Path, string? Old, string? New);
