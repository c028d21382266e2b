namespace WfTeams.Core.Capture;

/// <summary>How a master-data question is answered on its card.</summary>
public enum AnswerKind
{
    /// <summary>One line.</summary>
    Line,

    /// <summary>A paragraph.</summary>
    Text,

    /// <summary>One item a line; an item's parts separated by " | ".</summary>
    List,

    /// <summary>Kernprozess, Führungsprozess or Unterstützungsprozess.</summary>
    Category,
}
