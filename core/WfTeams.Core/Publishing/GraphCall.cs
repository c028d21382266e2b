using System.Globalization;
using Microsoft.Graph.Models.ODataErrors;
using Microsoft.Kiota.Abstractions;

namespace WfTeams.Core.Publishing;

/// <summary>Turns Graph's failures into messages naming what to fix: the permission, the setting, or "try later".</summary>
internal static class GraphCall
{
    public static async Task<T?> RunAsync<T>(Func<Task<T?>> call, SharePointOptions options, (string Key, object?[] Args)? notFoundMessage = null, bool notFound = false)
    {
        try
        {
            return await call();
        }
        catch (ApiException ex) when (ex.ResponseStatusCode == 404 && notFound)
        {
            return default;
        }
        catch (ApiException ex) when (ex.ResponseStatusCode == 404 && notFoundMessage is { } message)
        {
            throw new PublishingException(PublishProblem.Configuration, message.Key, message.Args, ex);
        }
        catch (ApiException ex)
        {
            throw Translate(ex, options);
        }
        catch (AggregateException ex) when (ex.InnerExceptions.LastOrDefault() is ApiException last)
        {
            // The retry handler gave up: its last answer says why.
            throw Translate(last, options);
        }
        catch (HttpRequestException ex)
        {
            throw new PublishingException(PublishProblem.Unavailable, "PublishGraphUnreachable", [ex.Message], ex);
        }
    }

    public static PublishingException Translate(ApiException ex, SharePointOptions options) => ex.ResponseStatusCode switch
    {
        401 or 403 => new PublishingException(PublishProblem.Configuration, "PublishGraphForbidden", [ex.ResponseStatusCode, options.SiteSetting], ex),
        429 or 503 or 504 => new PublishingException(PublishProblem.Unavailable, "PublishGraphBusy", [ex.ResponseStatusCode, SharePointOptions.MaxRetries + 1], ex),
        _ => new PublishingException(PublishProblem.Unavailable, "PublishGraphFailed", [ex.ResponseStatusCode, Describe(ex)], ex),
    };

    public static string Describe(Exception ex) => ex switch
    {
        ODataError { Error: { } error } odata => string.Create(CultureInfo.InvariantCulture, $"HTTP {odata.ResponseStatusCode} {error.Code} {error.Message}").Trim(),
        ApiException api => string.Create(CultureInfo.InvariantCulture, $"HTTP {api.ResponseStatusCode}"),
        _ => (ex.InnerException?.InnerException ?? ex.InnerException ?? ex).Message.Split('\n')[0],
    };
}
