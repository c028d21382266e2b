namespace WfTeams.Core.Documents;

public enum FieldChangeKind
{
    /// <summary>A field's value changed; the path names it in the document's base version.</summary>
    Edited,

    /// <summary>A list item was added; the path names it in the edited template.</summary>
    Added,

    /// <summary>A list item was removed; the path names it in the document's base version.</summary>
    Removed,
}
