using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using WfTeams.Bot.BotFramework;

namespace WfTeams.Bot.Tests.BotFramework;

/// <summary>Teams' send limits in the outbound path (7/s per conversation, 50/s per app and tenant), on a fake clock.</summary>
public sealed class TeamsRateLimiterTests
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 12, 1, 8, 0, 0, TimeSpan.Zero));

    private TeamsRateLimiter Limiter(string mode = "always") => new(Options.Create(new OutboundOptions { TeamsLimits = mode }), _clock);

    /// <summary>The moments n reservations may send at, relative to the start, all made at the same instant.</summary>
    private static TimeSpan[] Reserve(TeamsRateLimiter limiter, IEnumerable<string> conversations) =>
        conversations.Select(limiter.Reserve).ToArray();

    private static int MostInAnySecond(TimeSpan[] moments) =>
        moments.Max(start => moments.Count(m => m >= start && m < start + TimeSpan.FromSeconds(1)));

    [Fact]
    public void Reserve_OneConversation_AtMostSevenInAnySecond()
    {
        var moments = Reserve(Limiter(), Enumerable.Repeat("19:a", 30));

        Assert.Equal(TimeSpan.Zero, moments[0]);
        Assert.Equal(7, MostInAnySecond(moments));
        Assert.True(moments[7] >= TimeSpan.FromSeconds(1), $"the 8th send waits a second after the first: {moments[7]}");
    }

    [Fact]
    public void Reserve_ManyConversations_AtMostFiftyInAnySecondForTheApp()
    {
        var moments = Reserve(Limiter(), Enumerable.Range(0, 200).Select(i => $"19:c{i}"));

        Assert.Equal(50, MostInAnySecond(moments));
        Assert.All(moments.Take(50), m => Assert.True(m < TimeSpan.FromSeconds(1)));
    }

    [Fact]
    public void Reserve_MixedConversations_BothLimitsHold()
    {
        var limiter = Limiter();
        var conversations = Enumerable.Range(0, 400).Select(i => i % 3 == 0 ? "19:busy" : $"19:c{i}").ToArray();

        var moments = Reserve(limiter, conversations);

        Assert.True(MostInAnySecond(moments) <= 50);
        var busy = moments.Where((_, i) => conversations[i] == "19:busy").ToArray();
        Assert.True(MostInAnySecond(busy) <= 7);
    }

    [Fact]
    public void Reserve_AfterTimePasses_NoWait()
    {
        var limiter = Limiter();
        Reserve(limiter, Enumerable.Repeat("19:a", 7));

        _clock.Advance(TimeSpan.FromSeconds(2));

        Assert.Equal(TimeSpan.Zero, limiter.Reserve("19:a"));
    }

    [Theory]
    [InlineData("auto", "https://smba.trafficmanager.net/emea/", true)]
    [InlineData("auto", "http://127.0.0.1:5000/", false)]
    [InlineData("always", "http://127.0.0.1:5000/", true)]
    [InlineData("never", "https://smba.trafficmanager.net/emea/", false)]
    public void Applies_ByModeAndServiceUrl(string mode, string serviceUrl, bool applies) =>
        Assert.Equal(applies, Limiter(mode).Applies(serviceUrl));

    [Fact]
    public async Task WaitAsync_NextSendInTheConversation_WaitsForTheClock()
    {
        var limiter = Limiter("auto");
        const string Teams = "https://smba.trafficmanager.net/emea/";
        await limiter.WaitAsync(Teams, "19:a", CancellationToken.None);

        var second = limiter.WaitAsync(Teams, "19:a", CancellationToken.None).AsTask();
        var elsewhere = limiter.WaitAsync("http://127.0.0.1:5000/", "19:a", CancellationToken.None).AsTask();

        Assert.False(second.IsCompleted);
        Assert.True(elsewhere.IsCompleted);
        _clock.Advance(TimeSpan.FromMilliseconds(100));
        Assert.False(second.IsCompleted);
        _clock.Advance(TimeSpan.FromMilliseconds(50));
        await second;
    }
}
