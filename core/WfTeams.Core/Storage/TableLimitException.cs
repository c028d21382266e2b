using Azure.Data.Tables;

namespace WfTeams.Core.Storage;

/// <summary>An entity or transaction that Azure Table storage would refuse.</summary>
public sealed class TableLimitException(string message) : InvalidOperationException(message);
