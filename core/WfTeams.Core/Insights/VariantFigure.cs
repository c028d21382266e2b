namespace WfTeams.Core.Insights;

/// <summary>A path through the decisions ("step:answer" joined by " > "; empty = no decision) and its share of the finished cases.</summary>
public sealed record VariantFigure(string Path, long Cases, double Share);
