using System.ComponentModel.DataAnnotations;

namespace WfTeams.Core.Processes;

public sealed record DocumentReference
{
    [MaxLength(TemplateLimits.ShortText)] public required string Title { get; init; }
    [MaxLength(TemplateLimits.UrlLength)] public string? Url { get; init; }
}
