using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace WfTeams.Bot.Tests.Pages;

public sealed class LegalPagesTests : IDisposable
{
    private WebApplicationFactory<Program>? _factory;

    public void Dispose() => _factory?.Dispose();

    private HttpClient Client(string organisation, string? contact)
    {
        _factory = new WebApplicationFactory<Program>().WithWebHostBuilder(host =>
        {
            host.UseSetting("Profile:Organisation", organisation);
            if (contact is not null)
            {
                host.UseSetting("Legal:Contact", contact);
            }
        });
        return _factory.CreateClient();
    }

    [Theory]
    [InlineData("/privacy", "de", "Datenschutzhinweise zu WfTeams", "bis zur Löschung durch die Wirtschaftsförderung")]
    [InlineData("/privacy", "en", "Privacy statement for WfTeams", "until the economic development agency")]
    [InlineData("/terms", "de", "Nutzungsbedingungen für WfTeams", "nur dienstlich")]
    [InlineData("/terms", "en", "Terms of use for WfTeams", "for work only")]
    public async Task Page_InEitherLanguage_NamesTheOrganisationAndItsContact(string path, string language, string title, string text)
    {
        var response = await Client("Wirtschaftsförderung Musterstadt GmbH", "datenschutz@wf-musterstadt.example").GetAsync($"{path}?lang={language}");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal(language, response.Content.Headers.ContentLanguage.Single());
        Assert.Contains($"<html lang=\"{language}\">", html, StringComparison.Ordinal);
        Assert.Contains($"<h1>{title}</h1>", html, StringComparison.Ordinal);
        Assert.Contains(text, html, StringComparison.Ordinal);
        Assert.Contains("Wirtschaftsförderung Musterstadt GmbH", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"mailto:datenschutz@wf-musterstadt.example\">", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Privacy_AcceptLanguageEnglish_IsEnglish()
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/privacy") { Headers = { { "Accept-Language", "en-GB,en;q=0.9,de;q=0.5" } } };

        var html = await (await Client("WF", null).SendAsync(request)).Content.ReadAsStringAsync();

        Assert.Contains("What is stored", html, StringComparison.Ordinal);
        Assert.Contains("WF will give you the contact details.", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Privacy_StatesWhatWhereHowLongAndWhom()
    {
        var html = await Client("WF Musterstadt", "https://wf-musterstadt.example/datenschutz").GetStringAsync("/privacy");

        Assert.Contains("Vorgänge mit den Namen der beteiligten Mitarbeitenden", html, StringComparison.Ordinal);
        Assert.Contains("Audit-Trail", html, StringComparison.Ordinal);
        Assert.Contains("Azure Table Storage im eigenen Azure-Abonnement von WF Musterstadt", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"https://wf-musterstadt.example/datenschutz\">", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Page_HostileOrganisationAndContact_AreHtmlEncoded()
    {
        var response = await Client("<script>alert(1)</script> & Co", "\"><img src=x onerror=alert(1)>").GetAsync("/terms");
        var html = await response.Content.ReadAsStringAsync();

        Assert.DoesNotContain("<script>", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; Co", html, StringComparison.Ordinal);
        Assert.Contains("&quot;&gt;&lt;img src=x onerror=alert(1)&gt;", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Page_ContentSecurityPolicy_AllowsNothingButInlineStyle()
    {
        var response = await Client("WF", null).GetAsync("/privacy");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal("default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'", response.Headers.GetValues("Content-Security-Policy").Single());
        Assert.DoesNotContain("<script", html, StringComparison.Ordinal);
        Assert.DoesNotContain("src=", html, StringComparison.Ordinal);
        Assert.DoesNotContain("http://", html, StringComparison.Ordinal);
    }
}
