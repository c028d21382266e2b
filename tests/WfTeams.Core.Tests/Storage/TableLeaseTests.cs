using Microsoft.Extensions.Time.Testing;
using WfTeams.Core.Storage;

namespace WfTeams.Core.Tests.Storage;

[Collection("Azurite")]
public sealed class TableLeaseTests(AzuriteFixture azurite)
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 12, 1, 8, 0, 0, TimeSpan.Zero));

    private TableLease NewLease() => new(azurite.Server.CreateServiceClient(), _time);

    private static string NewName() => "test-" + Guid.NewGuid();

    [Fact]
    public async Task TryTake_FreeLease_OnlyTheFirstOfTwoHoldersGetsIt()
    {
        var name = NewName();
        var (one, two) = (NewLease(), NewLease());

        Assert.True(await one.TryTakeAsync(name, "host-a", TimeSpan.FromMinutes(1)));
        Assert.False(await two.TryTakeAsync(name, "host-b", TimeSpan.FromMinutes(1)));
        Assert.True(await one.TryTakeAsync(name, "host-a", TimeSpan.FromMinutes(1)));
    }

    [Fact]
    public async Task TryTake_ManyHoldersAtOnce_ExactlyOneWins()
    {
        var name = NewName();
        var results = await Task.WhenAll(Enumerable.Range(0, 8).Select(i => NewLease().TryTakeAsync(name, $"host-{i}", TimeSpan.FromMinutes(1))));

        Assert.Single(results, taken => taken);
    }

    [Fact]
    public async Task TryTake_AfterTheHolderRanOut_AnotherHolderGetsIt()
    {
        var name = NewName();
        var lease = NewLease();
        await lease.TryTakeAsync(name, "host-a", TimeSpan.FromMinutes(1));

        _time.Advance(TimeSpan.FromSeconds(59));
        Assert.False(await lease.TryTakeAsync(name, "host-b", TimeSpan.FromMinutes(1)));
        _time.Advance(TimeSpan.FromSeconds(2));
        Assert.True(await lease.TryTakeAsync(name, "host-b", TimeSpan.FromMinutes(1)));
        Assert.False(await lease.TryTakeAsync(name, "host-a", TimeSpan.FromMinutes(1)));
    }

    [Fact]
    public async Task Release_ByTheHolder_FreesItAndByAnotherDoesNot()
    {
        var name = NewName();
        var lease = NewLease();
        await lease.TryTakeAsync(name, "host-a", TimeSpan.FromMinutes(5));

        await lease.ReleaseAsync(name, "host-b");
        Assert.False(await lease.TryTakeAsync(name, "host-b", TimeSpan.FromMinutes(5)));
        await lease.ReleaseAsync(name, "host-a");
        Assert.True(await lease.TryTakeAsync(name, "host-b", TimeSpan.FromMinutes(5)));
    }
}
