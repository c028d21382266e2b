using System.Globalization;
using WfTeams.Core.Resources;

namespace WfTeams.Bot.Api;

/// <summary>
/// The language of an API answer: <c>?lang=</c>, else the best <c>Accept-Language</c>, else German.
/// Bound as a handler parameter; decided once per request.
/// </summary>
public sealed record RequestLanguage(CultureInfo Culture)
{
    public static ValueTask<RequestLanguage?> BindAsync(HttpContext context) => ValueTask.FromResult<RequestLanguage?>(Of(context));

    public static RequestLanguage Of(HttpContext context)
    {
        if (context.Items[typeof(RequestLanguage)] is RequestLanguage known)
        {
            return known;
        }

        var request = context.Request;
        var language = new RequestLanguage(Messages.Culture(request.Query["lang"].FirstOrDefault()
            ?? request.GetTypedHeaders().AcceptLanguage.OrderByDescending(l => l.Quality ?? 1).FirstOrDefault()?.Value.Value));
        context.Items[typeof(RequestLanguage)] = language;
        return language;
    }

    public string Text(string key, params object?[] args) => Messages.Format(key, Culture, args);
}
