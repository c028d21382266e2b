using System.Globalization;

namespace WfTeams.Core.Documents;

/// <summary>How a document (Prozesssteckbrief, Fallbericht) is made: language, the organisation named in the header, its corporate design.</summary>
public sealed record DocumentOptions
{
    /// <summary>German (default) or English; labels, dates and the document language follow it.</summary>
    public CultureInfo Culture { get; init; } = CultureInfo.GetCultureInfo("de");

    /// <summary>The agency's name for the page header; without it the header names only the process.</summary>
    public string? Organisation { get; init; }

    /// <summary>The organisation's Word template; without it a clean default layout.</summary>
    public CorporateDesign? Design { get; init; }

    /// <summary>The Prozesssteckbrief shows the process diagram as a picture on a landscape page of its own after the table flowchart (<c>Profile:Diagram</c>).</summary>
    public bool Diagram { get; init; }
}
