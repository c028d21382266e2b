using System.Diagnostics;
using OpenTelemetry;
using OpenTelemetry.Trace;
using WfTeams.Bot.Telemetry;

namespace WfTeams.Bot.Tests.Telemetry;

/// <summary>A turn's tags are a closed set: whatever a sender writes into type, channel or invoke name goes out as "other".</summary>
public sealed class TurnTagsTests
{
    [Fact]
    public void MadeUpTypeChannelAndInvokeName_AreTaggedOther()
    {
        var spans = new List<Activity>();
        using var tracer = Sdk.CreateTracerProviderBuilder().AddSource(WfTeamsTelemetry.Name).AddInMemoryExporter(spans).Build();

        var span = WfTeamsTelemetry.TurnStarted("Muster GmbH", "Erika Mustermann", "Kanal von Erika");
        WfTeamsTelemetry.TurnEnded(span, "Muster GmbH", "Kanal von Erika", 200);
        span!.Dispose();

        Assert.Equal("turn other", span.DisplayName);
        Assert.Equal("other", span.GetTagItem("wfteams.activity.type"));
        Assert.Equal("other", span.GetTagItem("wfteams.channel"));
        Assert.Equal("other", span.GetTagItem("wfteams.invoke.name"));
        Assert.Equal("ok", span.GetTagItem("wfteams.outcome"));
    }

    [Fact]
    public void KnownTypeAndChannel_AreTaggedAsTheyAre()
    {
        using var tracer = Sdk.CreateTracerProviderBuilder().AddSource(WfTeamsTelemetry.Name).Build();

        using var span = WfTeamsTelemetry.TurnStarted("invoke", "adaptiveCard/action", "msteams");

        Assert.Equal("turn invoke", span!.DisplayName);
        Assert.Equal("msteams", span.GetTagItem("wfteams.channel"));
        Assert.Equal("adaptiveCard/action", span.GetTagItem("wfteams.invoke.name"));
    }

    [Fact]
    public void PrivateTagsUrl_WithPathAndQuery_KeepsOnlyTheAuthority() =>
        Assert.Equal("https://example.table.core.windows.net/",
            PrivateTags.Authority("https://example.table.core.windows.net/Cases(PartitionKey='t',RowKey='u1')?sig=abc"));
}
