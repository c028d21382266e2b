using Microsoft.Kiota.Abstractions;
using Microsoft.Kiota.Abstractions.Authentication;

namespace WfTeams.Testing;

/// <summary>Signs every Graph request with <see cref="GraphFake.Token"/>; Azure's providers only sign for Graph's own hosts.</summary>
public sealed class GraphTestToken : IAuthenticationProvider
{
    public Task AuthenticateRequestAsync(RequestInformation request, Dictionary<string, object>? additionalAuthenticationContext = null, CancellationToken cancellationToken = default)
    {
        request.Headers.Add("Authorization", GraphFake.Token);
        return Task.CompletedTask;
    }
}
