using Microsoft.Extensions.Options;
using WfTeams.Bot.Api;
using WfTeams.Bot.Documents;

namespace WfTeams.Bot.Pages;

/// <summary>GET /privacy and /terms, the pages the Teams app manifest links to; German or English (<c>?lang=</c>, <c>Accept-Language</c>).</summary>
public static class LegalPages
{
    // Nothing but the page itself and its inline style; no frames, no forms, no other origin.
    private const string ContentSecurityPolicy = "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    public static void MapLegalPages(this IEndpointRouteBuilder app)
    {
        app.MapGet("/privacy", (HttpContext context, IOptions<CorporateDesignOptions> profile, IOptions<LegalOptions> legal) =>
            Page(context, LegalPage.Kind.Privacy, profile.Value, legal.Value));
        app.MapGet("/terms", (HttpContext context, IOptions<CorporateDesignOptions> profile, IOptions<LegalOptions> legal) =>
            Page(context, LegalPage.Kind.Terms, profile.Value, legal.Value));
    }

    private static IResult Page(HttpContext context, LegalPage.Kind kind, CorporateDesignOptions profile, LegalOptions legal)
    {
        var culture = RequestLanguage.Of(context).Culture;
        var headers = context.Response.Headers;
        headers.ContentSecurityPolicy = ContentSecurityPolicy;
        headers.XContentTypeOptions = "nosniff";
        headers["Referrer-Policy"] = "no-referrer";
        headers.ContentLanguage = culture.TwoLetterISOLanguageName;
        headers.Vary = "Accept-Language";
        return TypedResults.Content(LegalPage.Render(kind, culture, profile.Organisation, legal.Contact), "text/html; charset=utf-8");
    }
}
