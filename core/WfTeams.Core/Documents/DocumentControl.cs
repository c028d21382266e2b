namespace WfTeams.Core.Documents;

/// <summary>
/// One content control of a document as a reader finds it: its tag (null when the editor dropped
/// it), its title, and its text as the user sees it — paragraphs and breaks as line breaks, tabs as
/// tabs, inserted revisions counted, deleted ones not.
/// </summary>
internal sealed record DocumentControl(string? Tag, string? Title, string Text)
{
    /// <summary>The template path the tag names (<c>steps[3].title</c>), or null when the tag is missing or not ours.</summary>
    public string? TaggedPath { get; } = Tag is { } tag && tag.StartsWith(WordWriter.TagPrefix, StringComparison.Ordinal) && tag.Length > WordWriter.TagPrefix.Length
        ? tag[WordWriter.TagPrefix.Length..]
        : null;

    /// <summary>Figures the profile showed from the cases (<see cref="WordWriter.FiguresTag"/>; by title when an editor dropped the tag): not a field.</summary>
    public bool IsFigures { get; } = Tag == WordWriter.FiguresTag || (Tag is null && Title == WordWriter.FiguresTag);
}
