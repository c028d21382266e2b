using System.Text.Json.Nodes;
using WfTeams.Core.Processes;
using WfTeams.Core.Publishing;
using WfTeams.Testing;

namespace WfTeams.Core.Tests.Publishing;

[Collection("Azurite")]
public sealed class SharePointPublishingTests(AzuriteFixture storage)
{
    private const string Folder = "folder-prozesse";

    [Fact]
    public async Task Publish_ReleasedVersion_UploadsWithOnePutSetsColumnsAndMarks()
    {
        using var harness = new SharePointHarness(storage);
        await harness.ImportAsync(SharePointHarness.Released());

        var result = await harness.Publisher.PublishAsync(harness.Tenant, "ansiedlung");

        Assert.Empty(harness.Graph.Problems);
        Assert.False(result.AlreadyPublished);
        Assert.Equal(1, result.Version);
        Assert.Equal("https://contoso.sharepoint.com/sites/Prozesse/Prozesshandbuch/Prozesse/Ansiedlung.docx", result.WebUrl.AbsoluteUri);
        var put = Assert.Single(harness.Graph.Requests, r => r.Method == "PUT");
        Assert.Equal($"/v1.0/drives/{GraphFake.DriveId}/items/{Folder}:/Ansiedlung.docx:/content", put.Path);
        Assert.Equal(GraphFake.Token, put.Authorization);
        Assert.Equal("PK"u8.ToArray(), put.Body[..2]);
        var file = harness.Graph.File("Prozesse/Ansiedlung.docx")!;
        var fields = file.Fields!;
        Assert.Equal("ansiedlung", fields[HandbookColumns.ProcessId]!.GetValue<string>());
        Assert.Equal(1, fields[HandbookColumns.Version]!.GetValue<int>());
        Assert.Equal("Freigegeben", fields[HandbookColumns.Status]!.GetValue<string>());
        Assert.Equal("Teamleitung Ansiedlung", fields[HandbookColumns.Owner]!.GetValue<string>());
        Assert.Equal("2026-03-02T12:00:00Z", fields[HandbookColumns.ReleasedOn]!.GetValue<string>());
        Assert.Equal("Kernprozess", fields[HandbookColumns.Category]!.GetValue<string>());
        var mark = await harness.Publisher.FindAsync(harness.Tenant, "ansiedlung", 1);
        Assert.Equal(result.WebUrl, mark!.WebUrl);
        Assert.Equal(harness.Library.Key, mark.Target);
    }

    [Fact]
    public async Task Publish_SameVersionAgain_IsIdempotentAndUploadsNothing()
    {
        using var harness = new SharePointHarness(storage);
        await harness.ImportAsync(SharePointHarness.Released());
        var first = await harness.Publisher.PublishAsync(harness.Tenant, "ansiedlung");
        var requests = harness.Graph.Requests.Count;

        var second = await harness.Publisher.PublishAsync(harness.Tenant, "ansiedlung", 1);

        Assert.True(second.AlreadyPublished);
        Assert.Equal(first.WebUrl, second.WebUrl);
        Assert.Equal(requests, harness.Graph.Requests.Count);
    }

    [Fact]
    public async Task Publish_Draft_IsRefusedAndSendsNothing()
    {
        using var harness = new SharePointHarness(storage);
        await harness.ImportAsync(SharePointHarness.Released() with { Status = TemplateStatus.Draft });

        var ex = await Assert.ThrowsAsync<PublishingException>(() => harness.Publisher.PublishAsync(harness.Tenant, "ansiedlung"));

        Assert.Equal(PublishProblem.NotReleased, ex.Problem);
        Assert.Contains("nicht freigegeben", ex.LocalizedMessage(), StringComparison.Ordinal);
        Assert.Empty(harness.Graph.Requests);
    }

    [Fact]
    public async Task Publish_UnknownTemplateOrVersion_IsNotFound()
    {
        using var harness = new SharePointHarness(storage);
        await harness.ImportAsync(SharePointHarness.Released());

        var unknown = await Assert.ThrowsAsync<PublishingException>(() => harness.Publisher.PublishAsync(harness.Tenant, "gibt-es-nicht"));
        var version = await Assert.ThrowsAsync<PublishingException>(() => harness.Publisher.PublishAsync(harness.Tenant, "ansiedlung", 7));

        Assert.Equal(PublishProblem.NotFound, unknown.Problem);
        Assert.Equal(PublishProblem.NotFound, version.Problem);
        Assert.Contains("7", version.Message, StringComparison.Ordinal);
        Assert.Empty(harness.Graph.Requests);
    }

    [Theory]
    [InlineData(401)]
    [InlineData(403)]
    public async Task Publish_GraphRefusesToken_NamesSitesSelectedGrantAndMarksNothing(int status)
    {
        using var harness = new SharePointHarness(storage);
        await harness.ImportAsync(SharePointHarness.Released());
        harness.Graph.Fault = _ => (status, GraphFake.Error("accessDenied", "Access denied"), null);

        var ex = await Assert.ThrowsAsync<PublishingException>(() => harness.Publisher.PublishAsync(harness.Tenant, "ansiedlung"));

        Assert.Equal(PublishProblem.Configuration, ex.Problem);
        Assert.Contains("Sites.Selected", ex.LocalizedMessage(), StringComparison.Ordinal);
        Assert.Contains("SharePoint:SiteId", ex.LocalizedMessage(), StringComparison.Ordinal);
        Assert.Null(await harness.Publisher.FindAsync(harness.Tenant, "ansiedlung", 1));
    }

    [Fact]
    public async Task Publish_SiteUrlNotFound_NamesTheSetting()
    {
        using var harness = new SharePointHarness(storage, o => new SharePointOptions { SiteUrl = new Uri("https://contoso.sharepoint.com/sites/Unbekannt"), Library = o.Library, Folder = o.Folder });
        await harness.ImportAsync(SharePointHarness.Released());
        harness.Graph.Fault = r => r.Path.Contains("Unbekannt", StringComparison.Ordinal) ? (404, GraphFake.Error("itemNotFound", "Requested site could not be found"), null) : null;

        var ex = await Assert.ThrowsAsync<PublishingException>(() => harness.Publisher.PublishAsync(harness.Tenant, "ansiedlung"));

        Assert.Equal(PublishProblem.Configuration, ex.Problem);
        Assert.Contains("SharePoint:SiteUrl=https://contoso.sharepoint.com/sites/Unbekannt", ex.LocalizedMessage(), StringComparison.Ordinal);
        Assert.Equal("/v1.0/sites/contoso.sharepoint.com:/sites/Unbekannt", harness.Graph.Requests.First().Path);
    }

    [Fact]
    public async Task Publish_SiteByUrl_FindsTheSite()
    {
        using var harness = new SharePointHarness(storage, o => new SharePointOptions { SiteUrl = new Uri("https://contoso.sharepoint.com/sites/Prozesse"), Library = o.Library, Folder = o.Folder });
        await harness.ImportAsync(SharePointHarness.Released());

        await harness.Publisher.PublishAsync(harness.Tenant, "ansiedlung");

        Assert.Empty(harness.Graph.Problems);
        Assert.NotNull(harness.Graph.File("Prozesse/Ansiedlung.docx"));
    }

    [Fact]
    public async Task Publish_LibraryMissing_NamesTheSettingAndTheLibraries()
    {
        using var harness = new SharePointHarness(storage, o => { o.Library = "Handbuch"; return o; });
        await harness.ImportAsync(SharePointHarness.Released());

        var ex = await Assert.ThrowsAsync<PublishingException>(() => harness.Publisher.PublishAsync(harness.Tenant, "ansiedlung"));

        Assert.Contains("SharePoint:Library", ex.LocalizedMessage(), StringComparison.Ordinal);
        Assert.Contains("Prozesshandbuch", ex.LocalizedMessage(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Publish_FolderMissing_NamesTheSetting()
    {
        using var harness = new SharePointHarness(storage);
        harness.Graph.FolderExists = false;
        await harness.ImportAsync(SharePointHarness.Released());

        var ex = await Assert.ThrowsAsync<PublishingException>(() => harness.Publisher.PublishAsync(harness.Tenant, "ansiedlung"));

        Assert.Equal(PublishProblem.Configuration, ex.Problem);
        Assert.Contains("SharePoint:Folder", ex.LocalizedMessage(), StringComparison.Ordinal);
        Assert.Contains("„Prozesse“", ex.LocalizedMessage(), StringComparison.Ordinal);
        Assert.DoesNotContain(harness.Graph.Requests, r => r.Method == "PUT");
    }

    [Fact]
    public async Task Publish_Throttled_RetriesHonouringRetryAfterThenSucceeds()
    {
        using var harness = new SharePointHarness(storage);
        await harness.ImportAsync(SharePointHarness.Released());
        var throttled = 0;
        harness.Graph.Fault = r => r.Method == "PUT" && Interlocked.Increment(ref throttled) <= 2
            ? (429, GraphFake.Error("tooManyRequests", "slow down"), new() { ["Retry-After"] = "1" })
            : null;

        var result = await harness.Publisher.PublishAsync(harness.Tenant, "ansiedlung");

        Assert.False(result.AlreadyPublished);
        Assert.Equal(3, harness.Graph.Requests.Count(r => r.Method == "PUT"));
        Assert.Empty(harness.Graph.Problems);
    }

    [Fact]
    public async Task Publish_ThrottledEveryTime_GivesUpAfterBoundedRetriesAndMarksNothing()
    {
        using var harness = new SharePointHarness(storage);
        await harness.ImportAsync(SharePointHarness.Released());
        harness.Graph.Fault = r => r.Method == "PUT" ? (503, GraphFake.Error("serviceNotAvailable", "busy"), new() { ["Retry-After"] = "1" }) : null;

        var ex = await Assert.ThrowsAsync<PublishingException>(() => harness.Publisher.PublishAsync(harness.Tenant, "ansiedlung"));

        Assert.Equal(PublishProblem.Unavailable, ex.Problem);
        Assert.Contains("503", ex.LocalizedMessage(), StringComparison.Ordinal);
        Assert.Equal(SharePointOptions.MaxRetries + 1, harness.Graph.Requests.Count(r => r.Method == "PUT"));
        Assert.Null(await harness.Publisher.FindAsync(harness.Tenant, "ansiedlung", 1));
    }

    [Fact]
    public async Task Publish_RetryAfterTooLong_FailsAtOnce()
    {
        using var harness = new SharePointHarness(storage);
        await harness.ImportAsync(SharePointHarness.Released());
        harness.Graph.Fault = r => r.Method == "PUT" ? (429, GraphFake.Error("tooManyRequests", "later"), new() { ["Retry-After"] = "3600" }) : null;

        var ex = await Assert.ThrowsAsync<PublishingException>(() => harness.Publisher.PublishAsync(harness.Tenant, "ansiedlung"));

        Assert.Contains("429", ex.LocalizedMessage(), StringComparison.Ordinal);
        Assert.Single(harness.Graph.Requests, r => r.Method == "PUT");
    }

    [Fact]
    public async Task Upload_LargeFile_SlicesInOrderOfMultiplesOf320KiBWithoutToken()
    {
        using var harness = new SharePointHarness(storage);
        var content = new byte[(9 * 1024 * 1024) + 12345];
        Random.Shared.NextBytes(content);
        await harness.ImportAsync(SharePointHarness.Released());
        await harness.Publisher.PublishAsync(harness.Tenant, "ansiedlung"); // locates site, library, folder

        var item = await harness.Library.UploadAsync(Folder, "Groß Datei.docx", new MemoryStream(content));

        Assert.Empty(harness.Graph.Problems);
        var slices = harness.Graph.Requests.Where(r => r.Path.StartsWith("/upload/", StringComparison.Ordinal) && r.Method == "PUT").ToList();
        Assert.Equal(["bytes 0-3276799/9449529", "bytes 3276800-6553599/9449529", "bytes 6553600-9449528/9449529"], slices.Select(s => s.ContentRange));
        Assert.All(slices, s => Assert.Null(s.Authorization));
        var session = Assert.Single(harness.Graph.Requests, r => r.Path.EndsWith(":/createUploadSession", StringComparison.Ordinal));
        Assert.Equal($"/v1.0/drives/{GraphFake.DriveId}/items/{Folder}:/Groß Datei.docx:/createUploadSession", session.Path);
        Assert.Equal(GraphFake.Token, session.Authorization);
        Assert.Equal(content, harness.Graph.File("Prozesse/Groß Datei.docx")!.Content);
        Assert.Equal("Groß Datei.docx", item.Name);
    }

    [Fact]
    public async Task Publish_FailureInTheMiddleOfAnUploadSession_MarksNothingAndTheNextAttemptSucceeds()
    {
        using var harness = new SharePointHarness(storage, uploadLimit: 0, sliceBytes: 320 * 1024);
        await harness.ImportAsync(SharePointHarness.Released() with { Steps = TemplateFactory.Large(1000).Steps });
        var failing = true; // the SDK tries a failed slice once more itself: the slice keeps failing for this attempt
        harness.Graph.Fault = r => failing && r.Path.StartsWith("/upload/", StringComparison.Ordinal) && r.Method == "PUT" && IsLastSlice(r.ContentRange!)
            ? (500, GraphFake.Error("internalServerError", "the slice was lost"), null)
            : null;

        var ex = await Assert.ThrowsAsync<PublishingException>(() => harness.Publisher.PublishAsync(harness.Tenant, "ansiedlung"));
        Assert.Null(await harness.Publisher.FindAsync(harness.Tenant, "ansiedlung", 1));
        Assert.Contains(harness.Graph.Requests, r => r.Method == "DELETE" && r.Path.StartsWith("/upload/", StringComparison.Ordinal));
        Assert.True(harness.Graph.Requests.Count(r => r.Path.StartsWith("/upload/", StringComparison.Ordinal) && r.Method == "PUT") >= 2, "the failure comes after a slice went through");
        failing = false;

        var result = await harness.Publisher.PublishAsync(harness.Tenant, "ansiedlung");

        Assert.Equal(PublishProblem.Unavailable, ex.Problem);
        Assert.False(result.AlreadyPublished);
        Assert.Empty(harness.Graph.Problems);
        Assert.True(harness.Graph.Requests.Count(r => r.Path.StartsWith("/upload/", StringComparison.Ordinal) && r.Method == "PUT") >= 3);
        Assert.NotNull(harness.Graph.File("Prozesse/Ansiedlung.docx")!.Fields);
        Assert.NotNull(await harness.Publisher.FindAsync(harness.Tenant, "ansiedlung", 1));
    }

    [Fact]
    public async Task Publish_ColumnsFailAfterUpload_MarksNothingAndRetryReplacesTheFileAsANewVersion()
    {
        using var harness = new SharePointHarness(storage);
        await harness.ImportAsync(SharePointHarness.Released());
        var failed = 0;
        harness.Graph.Fault = r => r.Path.EndsWith("/fields", StringComparison.Ordinal) && Interlocked.Increment(ref failed) == 1
            ? (400, GraphFake.Error("invalidRequest", "Field 'ProzessID' is not recognized"), null)
            : null;

        var ex = await Assert.ThrowsAsync<PublishingException>(() => harness.Publisher.PublishAsync(harness.Tenant, "ansiedlung"));
        Assert.Contains("ProzessID", ex.LocalizedMessage(), StringComparison.Ordinal);
        Assert.Null(await harness.Publisher.FindAsync(harness.Tenant, "ansiedlung", 1));

        await harness.Publisher.PublishAsync(harness.Tenant, "ansiedlung");

        var file = Assert.Single(harness.Graph.Files);
        Assert.Equal(2, file.Versions);
        Assert.NotNull(file.Fields);
    }

    [Fact]
    public async Task Publish_WithPdf_StoresGraphsConversionBesideTheDocument()
    {
        using var harness = new SharePointHarness(storage, o => { o.Pdf = true; return o; });
        await harness.ImportAsync(SharePointHarness.Released());

        var result = await harness.Publisher.PublishAsync(harness.Tenant, "ansiedlung");

        Assert.Empty(harness.Graph.Problems);
        var docx = harness.Graph.File("Prozesse/Ansiedlung.docx")!;
        var pdf = harness.Graph.File("Prozesse/Ansiedlung.pdf")!;
        Assert.StartsWith("%PDF", System.Text.Encoding.ASCII.GetString(pdf.Content), StringComparison.Ordinal);
        Assert.EndsWith(docx.Id, System.Text.Encoding.ASCII.GetString(pdf.Content), StringComparison.Ordinal);
        Assert.NotNull(pdf.Fields);
        Assert.Contains(harness.Graph.Requests, r => r.Path == $"/v1.0/drives/{GraphFake.DriveId}/items/{docx.Id}/content" && r.Query.Contains("format=pdf", StringComparison.Ordinal));
        Assert.Equal("https://contoso.sharepoint.com/sites/Prozesse/Prozesshandbuch/Prozesse/Ansiedlung.pdf", result.PdfUrl!.AbsoluteUri);
    }

    [Fact]
    public async Task Publish_NextReleasedVersion_MovesThePreviousFilesToArchiv()
    {
        using var harness = new SharePointHarness(storage);
        await harness.ImportAsync(SharePointHarness.Released());
        await harness.Publisher.PublishAsync(harness.Tenant, "ansiedlung");
        await harness.ImportAsync(SharePointHarness.Released(version: 2));

        var result = await harness.Publisher.PublishAsync(harness.Tenant, "ansiedlung");

        Assert.Empty(harness.Graph.Problems);
        Assert.Equal(2, result.Version);
        Assert.NotNull(harness.Graph.File("Prozesse/Archiv/Ansiedlung v1.docx"));
        Assert.Equal(2, harness.Graph.File("Prozesse/Ansiedlung.docx")!.Fields![HandbookColumns.Version]!.GetValue<int>());
        var old = await harness.Marks.GetAsync(harness.Tenant, "ansiedlung", 1);
        Assert.True(old!.Archived);
        Assert.EndsWith("/Prozesse/Archiv/Ansiedlung%20v1.docx", old.WebUrl.AbsoluteUri, StringComparison.Ordinal);
        var archive = Assert.Single(harness.Graph.Requests, r => r.Method == "POST" && r.Path.EndsWith("/children", StringComparison.Ordinal));
        Assert.Equal("Archiv", JsonNode.Parse(archive.Text)!["name"]!.GetValue<string>());
    }

    private static bool IsLastSlice(string contentRange)
    {
        var parts = contentRange["bytes ".Length..].Split('-', '/');
        return long.Parse(parts[1], System.Globalization.CultureInfo.InvariantCulture) + 1 == long.Parse(parts[2], System.Globalization.CultureInfo.InvariantCulture);
    }
}
