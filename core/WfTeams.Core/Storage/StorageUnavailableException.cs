using System.Globalization;
using WfTeams.Core.Resources;

namespace WfTeams.Core.Storage;

/// <summary>Table storage could not be reached or refused us; says where.</summary>
public sealed class StorageUnavailableException(Uri endpoint, string reason, Exception? inner = null)
    : Exception(Messages.Format("StorageUnavailable", CultureInfo.InvariantCulture, endpoint, reason), inner)
{
    public Uri Endpoint { get; } = endpoint;

    public string LocalizedMessage(CultureInfo? culture = null) => Messages.Format("StorageUnavailable", culture, Endpoint, reason);
}
