using System.Net;
using System.Net.Http.Headers;
using DocumentFormat.OpenXml.Packaging;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using WfTeams.Bot.Documents;
using WfTeams.Bot.Tests.Api;
using WfTeams.Core.Processes;
using WfTeams.Core.Storage;
using WfTeams.Testing;

namespace WfTeams.Bot.Tests.Documents;

/// <summary>The profile as a cacheable resource (issue 16): strong ETags, 304, the bounded document cache.</summary>
[Collection("Azurite")]
public sealed class ProfileCachingTests(AzuriteFixture azurite) : IDisposable
{
    private readonly TenantId _tenant = AzuriteFixture.NewTenant();
    private readonly List<WebApplicationFactory<Program>> _factories = [];

    public void Dispose()
    {
        foreach (var factory in _factories)
        {
            factory.Dispose();
        }
    }

    private (HttpClient Client, IServiceProvider Services) Host(TenantId? tenant = null, string? styleFile = null, bool diagram = false)
    {
        var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(host =>
        {
            host.UseSetting("Storage:ConnectionString", azurite.Server.ConnectionString)
                .UseApi(tenant ?? _tenant)
                .UseSetting("Profile:Organisation", "Wirtschaftsförderung Musterstadt");
            if (styleFile is not null)
            {
                host.UseSetting("Profile:StyleFile", styleFile);
            }

            if (diagram)
            {
                host.UseSetting("Profile:Diagram", "true");
            }
        });
        _factories.Add(factory);
        return (factory.CreateClient().As(ApiTokens.Reader(tenant ?? _tenant)), factory.Services);
    }

    private static async Task<HttpResponseMessage> GetAsync(HttpClient client, string path, string? ifNoneMatch = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (ifNoneMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-None-Match", ifNoneMatch);
        }

        return await client.SendAsync(request);
    }

    private static string ETagOf(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var etag = response.Headers.ETag!;
        Assert.False(etag.IsWeak);
        return etag.Tag;
    }

    [Fact]
    public async Task Profile_RepeatedWithItsETag_Is304WithoutABody()
    {
        await azurite.Store.ImportAsync(_tenant, TemplateFactory.Minimal("wieder"));
        var (client, _) = Host();

        var first = await GetAsync(client, "/api/templates/wieder/profile.docx");
        var etag = ETagOf(first);
        var again = await GetAsync(client, "/api/templates/wieder/profile.docx", etag);
        var listed = await GetAsync(client, "/api/templates/wieder/profile.docx", $"\"andere\", W/{etag}");
        var other = await GetAsync(client, "/api/templates/wieder/profile.docx", "\"andere\"");

        Assert.True(first.Headers.CacheControl!.Private);
        Assert.Equal(TimeSpan.FromSeconds(ProfileApi.CurrentVersionMaxAge), first.Headers.CacheControl.MaxAge);
        Assert.Equal(HttpStatusCode.NotModified, again.StatusCode);
        Assert.Equal(etag, again.Headers.ETag!.Tag);
        Assert.Empty(await again.Content.ReadAsByteArrayAsync());
        Assert.Equal(HttpStatusCode.NotModified, listed.StatusCode);
        Assert.Equal(HttpStatusCode.OK, other.StatusCode);
        Assert.Equal(await first.Content.ReadAsByteArrayAsync(), await other.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task Profile_NamedVersion_IsCachedLongerThanTheCurrentOne()
    {
        await azurite.Store.ImportAsync(_tenant, TemplateFactory.Minimal("benannt"));
        var (client, _) = Host();

        var named = await GetAsync(client, "/api/templates/benannt/profile.docx?version=1");

        Assert.True(named.Headers.CacheControl!.Private);
        Assert.Equal(TimeSpan.FromSeconds(ProfileApi.NamedVersionMaxAge), named.Headers.CacheControl.MaxAge);
        Assert.Equal(ETagOf(named), ETagOf(await GetAsync(client, "/api/templates/benannt/profile.docx")));
    }

    [Fact]
    public async Task Profile_OtherLanguageVersionOrStyleFile_HasAnotherETag()
    {
        await azurite.Store.ImportAsync(_tenant, TemplateFactory.Minimal("varianten"));
        await azurite.Store.ImportAsync(_tenant, TemplateFactory.Minimal("varianten") with { Version = 2, Name = "Zweite Fassung" });
        var style = Path.Combine(Path.GetTempPath(), $"wfteams-design-{Guid.NewGuid():N}.docx");
        try
        {
            await File.WriteAllBytesAsync(style, Core.Documents.ProfileDocument.Create(TemplateFactory.Minimal() with { Name = "Hausdesign" }));
            var (client, _) = Host();
            var (styled, _) = Host(styleFile: style);

            var german = ETagOf(await GetAsync(client, "/api/templates/varianten/profile.docx?version=1"));
            var english = ETagOf(await GetAsync(client, "/api/templates/varianten/profile.docx?version=1&lang=en"));
            var second = ETagOf(await GetAsync(client, "/api/templates/varianten/profile.docx?version=2"));
            var designed = ETagOf(await GetAsync(styled, "/api/templates/varianten/profile.docx?version=1"));
            await File.WriteAllBytesAsync(style, Core.Documents.ProfileDocument.Create(TemplateFactory.Minimal() with { Name = "Neues Hausdesign" }));
            var redesigned = ETagOf(await GetAsync(styled, "/api/templates/varianten/profile.docx?version=1"));

            Assert.Equal(5, new[] { german, english, second, designed, redesigned }.Distinct().Count());
            Assert.Equal(german, ETagOf(await GetAsync(client, "/api/templates/varianten/profile.docx?version=1")));
        }
        finally
        {
            File.Delete(style);
        }
    }

    [Fact]
    public async Task Profile_DiagramSetting_AnotherETagAndThePictureOnlyWhenOn()
    {
        await azurite.Store.ImportAsync(_tenant, await CaseFactory.SampleAsync("ansiedlung"));
        var (plain, _) = Host();
        var (drawn, _) = Host(diagram: true);

        using var without = await GetAsync(plain, "/api/templates/ansiedlung/profile.docx?version=1");
        using var with = await GetAsync(drawn, "/api/templates/ansiedlung/profile.docx?version=1");
        using var stale = await GetAsync(drawn, "/api/templates/ansiedlung/profile.docx?version=1", ETagOf(without));

        Assert.NotEqual(ETagOf(without), ETagOf(with));
        Assert.Equal(HttpStatusCode.OK, stale.StatusCode); // the plain profile's ETag is no match for the one with the picture
        using var plainDocument = WordprocessingDocument.Open(new MemoryStream(await without.Content.ReadAsByteArrayAsync()), false);
        using var drawnDocument = WordprocessingDocument.Open(new MemoryStream(await with.Content.ReadAsByteArrayAsync()), false);
        Assert.Empty(plainDocument.MainDocumentPart!.ImageParts);
        Assert.Single(drawnDocument.MainDocumentPart!.ImageParts);
    }

    [Fact]
    public async Task Profile_ReleasingAnotherVersion_ChangesTheOldVersionsETagAndStatus()
    {
        // A stored version's content never changes, its status does: the cached profile must not stay "released".
        await azurite.Store.ImportAsync(_tenant, TemplateFactory.Minimal("freigabe") with { Status = TemplateStatus.Released });
        var (client, _) = Host();
        var before = await GetAsync(client, "/api/templates/freigabe/profile.docx?version=1");
        var etag = ETagOf(before);

        await azurite.Store.ImportAsync(_tenant, TemplateFactory.Minimal("freigabe") with { Version = 2, Status = TemplateStatus.Released });
        var after = await GetAsync(client, "/api/templates/freigabe/profile.docx?version=1", etag);

        Assert.NotEqual(etag, ETagOf(after));
        Assert.Contains("freigegeben", Footer(await before.Content.ReadAsByteArrayAsync()), StringComparison.OrdinalIgnoreCase);
        Assert.Contains("archiviert", Footer(await after.Content.ReadAsByteArrayAsync()), StringComparison.OrdinalIgnoreCase);

        static string Footer(byte[] bytes)
        {
            using var document = WordprocessingDocument.Open(new MemoryStream(bytes), false);
            return document.MainDocumentPart!.FooterParts.Single().Footer!.InnerText;
        }
    }

    [Fact]
    public async Task Profile_SameIdInAnotherTenant_HasItsOwnETagAndDocument()
    {
        var other = AzuriteFixture.NewTenant();
        await azurite.Store.ImportAsync(_tenant, TemplateFactory.Minimal("geteilt") with { Name = "Prozess von A" });
        await azurite.Store.ImportAsync(other, TemplateFactory.Minimal("geteilt") with { Name = "Prozess von B" });
        var (mine, _) = Host();
        var (theirs, _) = Host(other);

        var a = await GetAsync(mine, "/api/templates/geteilt/profile.docx");
        var b = await GetAsync(theirs, "/api/templates/geteilt/profile.docx", ETagOf(a));

        Assert.NotEqual(ETagOf(a), ETagOf(b));
        using var document = WordprocessingDocument.Open(new MemoryStream(await b.Content.ReadAsByteArrayAsync()), false);
        Assert.Equal("Prozess von B", document.PackageProperties.Title);
    }

    [Fact]
    public async Task Profile_Repeated_ComesFromTheDocumentCache()
    {
        await azurite.Store.ImportAsync(_tenant, TemplateFactory.Minimal("gemerkt"));
        var (client, services) = Host();
        var cache = services.GetRequiredService<DocumentCache>();

        var first = await GetAsync(client, "/api/templates/gemerkt/profile.docx");
        var kept = cache.Size;
        var second = await GetAsync(client, "/api/templates/gemerkt/profile.docx");

        Assert.Equal(64L * 1024 * 1024, cache.SizeLimit);
        Assert.True(kept > 0, "the first document is kept");
        Assert.Equal(kept, cache.Size);
        Assert.Equal(await first.Content.ReadAsByteArrayAsync(), await second.Content.ReadAsByteArrayAsync());
        Assert.True(cache.TryGet(_tenant, ETagOf(first), out _));
        Assert.False(cache.TryGet(AzuriteFixture.NewTenant(), ETagOf(first), out _));
    }
}
