using WfTeams.Core.Processes;
using WfTeams.Core.Storage;
using WfTeams.Testing;

namespace WfTeams.Core.Tests.Modelling;

/// <summary>The templates the modelling tests export: both samples, a large generated one, the hostile one.</summary>
internal static class ModellingSamples
{
    /// <summary>Templates as files can hold them: these come back exactly.</summary>
    public static readonly string[] Names = ["ansiedlung", "bestandskundenbetreuung", "large", "minimal"];

    public static async Task<ProcessTemplate> LoadAsync(string name) => name switch
    {
        "large" => TemplateFactory.Large(120),
        "hostile" => Documents.HostileTemplates.Everything(),
        "minimal" => TemplateFactory.Minimal(),
        _ => (await TemplateFile.LoadAsync(Path.Combine(Azurite.RepositoryRoot(), "samples", name + ".json"))).Template!,
    };

    public static string Fixture(string name) => Path.Combine(Azurite.RepositoryRoot(), "tests", "WfTeams.Core.Tests", "Modelling", "Fixtures", name);

    /// <summary>Where exported files are kept to look at: artifacts/bpmn.</summary>
    public static string Artifacts()
    {
        var folder = Path.Combine(Azurite.RepositoryRoot(), "artifacts", "bpmn");
        Directory.CreateDirectory(folder);
        return folder;
    }
}
