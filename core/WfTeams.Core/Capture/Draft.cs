using System.Text.Json.Serialization;
using WfTeams.Core.Processes;

namespace WfTeams.Core.Capture;

/// <summary>
/// A process template being captured in chat: the answers so far (as a template whose required texts may
/// still be empty), where the interview stands, and its review. <see cref="Revision"/> counts the stored
/// writes; every card carries it, so a card from before the last answer is recognised as stale.
/// </summary>
public sealed record Draft
{
    public required string Id { get; init; }
    public required string OwnerId { get; init; }
    public required string OwnerName { get; init; }
    public DraftStatus Status { get; init; }
    public int Revision { get; init; }

    /// <summary>The released version this draft edits (<c>bearbeite ‹Prozess›</c>); null for a new process.</summary>
    public int? BasedOnVersion { get; init; }

    /// <summary>The first question of the master-data card being asked; <see cref="MasterQuestions.All"/>.Count once the steps are captured.</summary>
    public int Question { get; init; }

    /// <summary>True once the owner has asked for the preview after the steps: the interview is through.</summary>
    public bool Finished { get; init; }

    public required ProcessTemplate Template { get; init; }
    public string? ReviewComment { get; init; }
    public string? ReviewerName { get; init; }
    public DateTimeOffset UpdatedAt { get; init; }

    /// <summary>The stored row's ETag (not part of the body): a write succeeds only against it.</summary>
    [JsonIgnore] public string? ETag { get; init; }

    public bool InSteps => Question >= MasterQuestions.All.Count;

    public static Draft Start(string id, string ownerId, string ownerName, DateTimeOffset now) => new()
    {
        Id = id,
        OwnerId = ownerId,
        OwnerName = ownerName,
        UpdatedAt = now,
        Template = new ProcessTemplate { Id = "", Version = 0, Name = "", Owner = "", Goal = "", Trigger = "", Result = "", Steps = [] },
    };

    /// <summary>A draft of the next version of <paramref name="released"/>, starting at the preview.</summary>
    public static Draft Edit(string id, string ownerId, string ownerName, ProcessTemplate released, DateTimeOffset now) => new()
    {
        Id = id,
        OwnerId = ownerId,
        OwnerName = ownerName,
        UpdatedAt = now,
        BasedOnVersion = released.Version,
        Question = MasterQuestions.All.Count,
        Finished = true,
        Template = released with { Status = TemplateStatus.Draft },
    };
}
