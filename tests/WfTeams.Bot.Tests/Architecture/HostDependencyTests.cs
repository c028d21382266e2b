using ArchUnitNET.Domain;
using ArchUnitNET.Fluent.Slices;
using ArchUnitNET.Loader;
using ArchUnitNET.xUnit;
using static ArchUnitNET.Fluent.ArchRuleDefinition;

namespace WfTeams.Bot.Tests.Architecture;

/// <summary>
/// The host's folders depend one way: the Bot Framework layer (protocol, authentication, connector,
/// outbound queue) knows nothing of what the bot does, and no two folders need each other.
/// </summary>
public sealed class HostDependencyTests
{
    private static readonly ArchUnitNET.Domain.Architecture Host =
        new ArchLoader().LoadAssemblies(typeof(Program).Assembly, typeof(Core.Storage.TemplateStore).Assembly).Build();

    [Fact]
    public void HostFolders_HaveNoCycles() =>
        SliceRuleDefinition.Slices().Matching("WfTeams.Bot.(*)").Should().BeFreeOfCycles().Check(Host);

    [Fact]
    public void BotFramework_DependsOnNeitherRoutingNorDomain()
    {
        var protocol = Types().That().ResideInNamespace("WfTeams.Bot.BotFramework");
        Assert.NotEmpty(protocol.GetObjects(Host));
        protocol.Should().NotDependOnAny(Types().That().ResideInNamespaceMatching(
                @"^WfTeams\.(Bot\.(Conversations|Documents|Templates|Api|Hosting|Cli|Manifest|Publishing)|Core\.(Processes|Runs|Cards|Chat|Documents|Publishing|Capture|Reminders))(\..*)?$"))
            .Check(Host);
    }

    [Fact]
    public void ApiPlumbing_DoesNotKnowTheRoutes() =>
        Types().That().ResideInNamespace("WfTeams.Bot.Api").Should().NotDependOnAny(Types().That().ResideInNamespaceMatching(
                @"^WfTeams\.Bot\.(Templates|Documents|Hosting|Conversations)$"))
            .Check(Host);
}
