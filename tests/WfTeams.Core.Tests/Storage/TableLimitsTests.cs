using Azure.Data.Tables;
using WfTeams.Core.Storage;

namespace WfTeams.Core.Tests.Storage;

public sealed class TableLimitsTests
{
    [Fact]
    public void Check_253Properties_IsRefusedThoughAzuriteWouldAccept()
    {
        var entity = new TableEntity("tenant", "row");
        for (var i = 0; i < 253; i++)
        {
            entity[$"P{i}"] = i;
        }

        var ex = Assert.Throws<TableLimitException>(() => TableLimits.Check(entity));
        Assert.Contains("253 properties", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_252Properties_Fits()
    {
        var entity = new TableEntity("tenant", "row");
        for (var i = 0; i < 252; i++)
        {
            entity[$"P{i}"] = i;
        }

        TableLimits.Check(entity);
    }

    [Fact]
    public void Check_EntityJustOverOneMebibyte_IsRefused()
    {
        var entity = new TableEntity("t", "r");
        for (var i = 0; i < 16; i++)
        {
            entity[$"B{i:D2}"] = new byte[TableLimits.MaxBinaryBytes];
        }

        Assert.True(TableLimits.EntitySize(entity) > TableLimits.MaxEntityBytes);
        Assert.Throws<TableLimitException>(() => TableLimits.Check(entity));
    }

    [Fact]
    public void EntitySize_FollowsTheServiceFormula()
    {
        var entity = new TableEntity("pk", "rk") { ["Name"] = "abc", ["Count"] = 1, ["Data"] = new byte[10], ["Flag"] = true };

        // 4 + (2+2)*2, then per property 8 + name*2 + value.
        var expected = 4 + 8 + (8 + 8 + 4 + 6) + (8 + 10 + 4) + (8 + 8 + 4 + 10) + (8 + 8 + 1);
        Assert.Equal(expected, TableLimits.EntitySize(entity));
    }

    [Fact]
    public void Check_StringOver32KCharacters_IsRefused()
    {
        Assert.Throws<TableLimitException>(() => TableLimits.Check(new TableEntity("t", "r") { ["Text"] = new string('x', 32 * 1024 + 1) }));
    }

    [Fact]
    public void Check_BinaryOver64KiB_IsRefused()
    {
        Assert.Throws<TableLimitException>(() => TableLimits.Check(new TableEntity("t", "r") { ["Data"] = new byte[64 * 1024 + 1] }));
    }

    [Theory]
    [InlineData("a/b")]
    [InlineData("a\\b")]
    [InlineData("a#b")]
    [InlineData("a?b")]
    [InlineData("a\u0007b")]
    public void CheckKey_ForbiddenCharacter_IsRefused(string key)
    {
        Assert.Throws<TableLimitException>(() => TableLimits.CheckKey(key, "RowKey"));
    }

    [Fact]
    public void CheckBatch_TwoPartitions_IsRefusedThoughAzuriteWouldAccept()
    {
        var actions = new[]
        {
            new TableTransactionAction(TableTransactionActionType.Add, new TableEntity("tenant-a", "1")),
            new TableTransactionAction(TableTransactionActionType.Add, new TableEntity("tenant-b", "1")),
        };

        var ex = Assert.Throws<TableLimitException>(() => TableLimits.CheckBatch(actions));
        Assert.Contains("one partition", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CheckBatch_101Operations_IsRefused()
    {
        var actions = Enumerable.Range(0, 101).Select(i => new TableTransactionAction(TableTransactionActionType.Add, new TableEntity("t", $"r{i}"))).ToArray();

        Assert.Throws<TableLimitException>(() => TableLimits.CheckBatch(actions));
    }

    [Fact]
    public void CheckBatch_SameRowTwice_IsRefused()
    {
        var actions = new[]
        {
            new TableTransactionAction(TableTransactionActionType.Add, new TableEntity("t", "r")),
            new TableTransactionAction(TableTransactionActionType.UpsertMerge, new TableEntity("t", "r")),
        };

        Assert.Throws<TableLimitException>(() => TableLimits.CheckBatch(actions));
    }
}
