using WfTeams.Core.Documents;

namespace WfTeams.Bot.Templates;

/// <summary>What saving an edited profile did: the new draft version (or, unchanged, the version it was based on), the changes and notices.</summary>
public sealed record WordImportResult(
    string Id, int Version, int BasedOn, bool Created, IReadOnlyList<FieldChange> Changes, IReadOnlyList<ProfileNotice> Notices);
