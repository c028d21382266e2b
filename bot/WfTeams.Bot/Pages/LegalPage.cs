using System.Globalization;
using System.Text;
using WfTeams.Core.Resources;

namespace WfTeams.Bot.Pages;

/// <summary>
/// The privacy and terms pages as one self-contained HTML document: every text from the messages, every
/// configured value HTML-encoded, no script and nothing loaded from elsewhere (the CSP allows inline style only).
/// </summary>
public static class LegalPage
{
    public enum Kind
    {
        Privacy,
        Terms,
    }

    private const string Style =
        "body{font-family:'Segoe UI',system-ui,sans-serif;max-width:46rem;margin:2rem auto;padding:0 1rem;line-height:1.5;color:#242424}" +
        "h1{font-size:1.6rem}h2{font-size:1.15rem;margin-top:1.6rem}nav{font-size:.9rem}a{color:#0f6cbd}";

    public static string Render(Kind kind, CultureInfo culture, string? organisation, string? contact)
    {
        string Text(string key, params object?[] args) => Messages.Format(key, culture, args);
        var name = string.IsNullOrWhiteSpace(organisation) ? Text("LegalOrganisationDefault") : organisation.Trim();
        var title = Text(kind == Kind.Privacy ? "LegalPrivacyTitle" : "LegalTermsTitle");
        var language = culture.TwoLetterISOLanguageName;
        var other = language == "en" ? "de" : "en";
        var path = kind == Kind.Privacy ? "/privacy" : "/terms";

        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"").Append(language).Append("\"><head><meta charset=\"utf-8\">")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
            .Append("<title>").Append(Encode(title)).Append("</title><style>").Append(Style).Append("</style></head><body>\n")
            .Append("<nav><a href=\"").Append(path).Append("?lang=").Append(other).Append("\" hreflang=\"").Append(other).Append("\">")
            .Append(Encode(Text("LegalOtherLanguage"))).Append("</a></nav>\n")
            .Append("<h1>").Append(Encode(title)).Append("</h1>\n");

        void Paragraph(string key) => html.Append("<p>").Append(Encode(Text(key, name))).Append("</p>\n");
        void Heading(string key) => html.Append("<h2>").Append(Encode(Text(key))).Append("</h2>\n");
        void Contact(string key) => html.Append("<p>").Append(Encode(Text(key, name))).Append(' ').Append(ContactHtml(contact, name, culture)).Append("</p>\n");

        if (kind == Kind.Privacy)
        {
            Paragraph("LegalPrivacyIntro");
            Heading("LegalPrivacyWhatHeading");
            Paragraph("LegalPrivacyWhat");
            Heading("LegalPrivacyWhereHeading");
            Paragraph("LegalPrivacyWhere");
            Heading("LegalPrivacyHowLongHeading");
            Paragraph("LegalPrivacyHowLong");
            Heading("LegalPrivacyContactHeading");
            Contact("LegalPrivacyContact");
        }
        else
        {
            Paragraph("LegalTermsIntro");
            Paragraph("LegalTermsUse");
            Paragraph("LegalTermsResponsibility");
            Contact("LegalTermsContact");
        }

        return html.Append("</body></html>\n").ToString();
    }

    /// <summary>A mailto or https link for the configured contact; anything else as plain (encoded) text.</summary>
    private static string ContactHtml(string? contact, string organisation, CultureInfo culture)
    {
        if (string.IsNullOrWhiteSpace(contact))
        {
            return Encode(Messages.Format("LegalContactMissing", culture, organisation));
        }

        contact = contact.Trim();
        if (Uri.TryCreate(contact, UriKind.Absolute, out var url) && url.Scheme == Uri.UriSchemeHttps)
        {
            return $"<a href=\"{Encode(url.AbsoluteUri)}\">{Encode(contact)}</a>";
        }

        return contact.Contains('@', StringComparison.Ordinal) && !contact.Any(c => char.IsWhiteSpace(c) || c is '<' or '>' or '"' or '\'')
            ? $"<a href=\"mailto:{Encode(contact)}\">{Encode(contact)}</a>"
            : Encode(contact);
    }

    /// <summary>The five markup characters only: umlauts stay readable in the UTF-8 page source.</summary>
    private static string Encode(string text) => text
        .Replace("&", "&amp;", StringComparison.Ordinal)
        .Replace("<", "&lt;", StringComparison.Ordinal)
        .Replace(">", "&gt;", StringComparison.Ordinal)
        .Replace("\"", "&quot;", StringComparison.Ordinal)
        .Replace("'", "&#39;", StringComparison.Ordinal);
}
