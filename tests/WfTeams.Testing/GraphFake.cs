using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace WfTeams.Testing;

/// <summary>
/// A SharePoint site as Microsoft Graph shows it, on a loopback port, checking every request: the token on
/// Graph calls and none on the upload and download URLs, slices in order and multiples of 320 KiB, bodies
/// as Graph expects them. <see cref="Fault"/> can answer any request instead (401, 404, 429, a broken slice).
/// What it got is in <see cref="Requests"/>, what it refused in <see cref="Problems"/>.
/// </summary>
public sealed partial class GraphFake : IDisposable
{
    public const string Token = "Bearer test-token";
    public const string SiteId = "contoso.sharepoint.com,11111111-1111-1111-1111-111111111111,22222222-2222-2222-2222-222222222222";
    public const string DriveId = "drive-handbook";
    public const string ListId = "list-handbook";
    public const string FolderName = "Prozesse";
    public const string LibraryName = "Prozesshandbuch";

    private readonly LoopbackServer _server;
    private readonly ConcurrentDictionary<string, Item> _items = new();
    private readonly ConcurrentDictionary<string, Session> _sessions = new();
    private int _next;

    public GraphFake()
    {
        _items["root"] = new Item("root", "root", null, true);
        _items["folder-prozesse"] = new Item("folder-prozesse", FolderName, "root", true);
        _server = new LoopbackServer(Answer);
    }

    public string BaseUrl => _server.BaseUrl;

    /// <summary>Graph's base URL for <c>new GraphServiceClient(http, auth, baseUrl)</c>.</summary>
    public string GraphUrl => _server.BaseUrl + "v1.0";

    public ConcurrentQueue<Request> Requests { get; } = new();

    public ConcurrentQueue<string> Problems { get; } = new();

    /// <summary>Answers a request instead of the site when it returns a value.</summary>
    public Func<Request, (int Status, string Body, Dictionary<string, string>? Headers)?>? Fault { get; set; }

    public bool FolderExists { get; set; } = true;

    public IEnumerable<Item> Files => _items.Values.Where(i => !i.IsFolder);

    public Item? File(string path) => Files.FirstOrDefault(f => PathOf(f) == path);

    public string PathOf(Item item) => item.ParentId is null || item.ParentId == "root" ? item.Name : PathOf(_items[item.ParentId]) + "/" + item.Name;

    public void Dispose() => _server.Dispose();

    private (int, byte[], Dictionary<string, string>?) Answer(HttpListenerRequest http, byte[] body)
    {
        var raw = http.RawUrl ?? "/";
        var query = raw.Contains('?') ? raw[(raw.IndexOf('?') + 1)..] : "";
        var path = Uri.UnescapeDataString(raw.Split('?')[0]);
        var request = new Request(http.HttpMethod, path, Uri.UnescapeDataString(query), http.Headers["Authorization"], http.Headers["Content-Range"], body);
        Requests.Enqueue(request);
        if (Fault?.Invoke(request) is var (status, text, headers))
        {
            return (status, System.Text.Encoding.UTF8.GetBytes(text), headers);
        }

        var graph = path.StartsWith("/v1.0/", StringComparison.Ordinal);
        if (graph && request.Authorization != Token)
        {
            Problems.Enqueue($"{request.Method} {path}: Authorization {request.Authorization ?? "missing"}");
        }
        else if (!graph && request.Authorization is not null)
        {
            Problems.Enqueue($"{request.Method} {path}: a token sent to a pre-authorised URL");
        }

        try
        {
            return graph ? Route(request, path[5..]) : Transfer(request, path);
        }
        catch (Exception ex) when (ex is JsonException or KeyNotFoundException or FormatException or InvalidOperationException)
        {
            Problems.Enqueue($"{request.Method} {path}: {ex.Message}");
            return Json(400, Error("invalidRequest", ex.Message));
        }
    }

    private (int, byte[], Dictionary<string, string>?) Route(Request request, string path)
    {
        switch (request.Method, path)
        {
            case ("GET", $"/sites/{SiteId}" or "/sites/contoso.sharepoint.com:/sites/Prozesse"):
                return Json(200, new JsonObject { ["id"] = SiteId });
            case ("GET", $"/sites/{SiteId}/drives"):
                return Json(200, new JsonObject
                {
                    ["value"] = new JsonArray(
                        Drive("drive-documents", "Dokumente", "Shared%20Documents"),
                        Drive(DriveId, LibraryName, LibraryName)),
                });
            case ("GET", $"/sites/{SiteId}/drive"):
                return Json(200, Drive("drive-documents", "Dokumente", "Shared%20Documents"));
            case ("GET", $"/drives/{DriveId}/list"):
                return Json(200, new JsonObject { ["id"] = ListId });
            case ("GET", $"/drives/{DriveId}/root"):
                return Json(200, ItemJson(_items["root"]));
        }

        if (RootPath().Match(path) is { Success: true } byPath && request.Method == "GET")
        {
            var item = _items.Values.FirstOrDefault(i => PathOf(i) == byPath.Groups[1].Value && (FolderExists || i.Id != "folder-prozesse"));
            return item is null ? Json(404, Error("itemNotFound", "The resource could not be found.")) : Json(200, ItemJson(item));
        }

        if (ChildPath().Match(path) is { Success: true } child)
        {
            var parent = child.Groups[1].Value;
            var name = child.Groups[2].Value;
            switch (request.Method, child.Groups[3].Value)
            {
                case ("PUT", "content"):
                    if (request.Body.Length >= 4 * 1024 * 1024)
                    {
                        Problems.Enqueue($"PUT {name}: {request.Body.Length} bytes in one PUT (over 4 MiB needs an upload session)");
                    }

                    return Json(200, ItemJson(Store(parent, name, request.Body)));
                case ("POST", "createUploadSession"):
                    var conflict = JsonNode.Parse(request.Text)?["item"]?["@microsoft.graph.conflictBehavior"]?.GetValue<string>();
                    if (conflict != "replace")
                    {
                        Problems.Enqueue($"createUploadSession {name}: conflictBehavior {conflict ?? "missing"}");
                    }

                    var id = "session-" + Interlocked.Increment(ref _next).ToString(CultureInfo.InvariantCulture);
                    _sessions[id] = new Session(parent, name, new MemoryStream());
                    return Json(200, SessionJson(id, 0));
            }
        }

        if (ItemPath().Match(path) is { Success: true } itemMatch)
        {
            var id = itemMatch.Groups[1].Value;
            if (!_items.TryGetValue(id, out var item))
            {
                return Json(404, Error("itemNotFound", "The resource could not be found."));
            }

            switch (request.Method, itemMatch.Groups[2].Value)
            {
                case ("GET", "/listItem"):
                    return Json(200, new JsonObject { ["id"] = "li-" + id });
                case ("GET", "/content") when request.Query.Contains("format=pdf", StringComparison.Ordinal):
                    return (302, [], new() { ["Location"] = $"{BaseUrl}download/{id}.pdf" });
                case ("PATCH", ""):
                    var move = JsonNode.Parse(request.Text)!;
                    var moved = item with
                    {
                        Name = move["name"]?.GetValue<string>() ?? item.Name,
                        ParentId = move["parentReference"]?["id"]?.GetValue<string>() ?? item.ParentId,
                    };
                    _items[id] = moved;
                    return Json(200, ItemJson(moved));
                case ("POST", "/children"):
                    var folder = JsonNode.Parse(request.Text)!;
                    if (folder["folder"] is null)
                    {
                        Problems.Enqueue("POST children without a folder facet");
                    }

                    var created = new Item("folder-" + Interlocked.Increment(ref _next).ToString(CultureInfo.InvariantCulture), folder["name"]!.GetValue<string>(), id, true);
                    _items[created.Id] = created;
                    return Json(201, ItemJson(created));
            }
        }

        if (FieldsPath().Match(path) is { Success: true } fields && request.Method == "PATCH")
        {
            var listItem = fields.Groups[3].Value;
            if (fields.Groups[1].Value != SiteId || fields.Groups[2].Value != ListId || !_items.ContainsKey(listItem["li-".Length..]))
            {
                Problems.Enqueue($"PATCH fields of an unknown item: {path}");
            }

            var values = JsonNode.Parse(request.Text)!.AsObject();
            _items[listItem["li-".Length..]].Fields = values;
            return Json(200, values.DeepClone());
        }

        Problems.Enqueue($"unexpected {request.Method} {path}");
        return Json(400, Error("invalidRequest", "unexpected request " + path));
    }

    /// <summary>The pre-authorised upload and download URLs (no token).</summary>
    private (int, byte[], Dictionary<string, string>?) Transfer(Request request, string path)
    {
        if (path.StartsWith("/download/", StringComparison.Ordinal))
        {
            var id = path["/download/".Length..^".pdf".Length];
            return (200, [.. "%PDF-1.7 converted "u8, .. System.Text.Encoding.UTF8.GetBytes(id)], new() { ["Content-Type"] = "application/pdf" });
        }

        var sessionId = path["/upload/".Length..];
        if (!_sessions.TryGetValue(sessionId, out var session))
        {
            return Json(404, Error("itemNotFound", "upload session"));
        }

        switch (request.Method)
        {
            case "DELETE":
                _sessions.TryRemove(sessionId, out _);
                return (204, [], null);
            case "GET":
                return Json(200, SessionJson(sessionId, session.Content.Length));
            case "PUT":
                var range = ContentRange().Match(request.ContentRange ?? "");
                if (!range.Success)
                {
                    Problems.Enqueue($"slice without Content-Range: {request.ContentRange}");
                    return Json(400, Error("invalidRange", "Content-Range"));
                }

                long from = long.Parse(range.Groups[1].Value, CultureInfo.InvariantCulture), to = long.Parse(range.Groups[2].Value, CultureInfo.InvariantCulture), total = long.Parse(range.Groups[3].Value, CultureInfo.InvariantCulture);
                if (from != session.Content.Length || to - from + 1 != request.Body.Length)
                {
                    Problems.Enqueue($"slice {request.ContentRange} after {session.Content.Length} bytes with {request.Body.Length} bytes");
                }

                if (to + 1 < total && request.Body.Length % (320 * 1024) != 0)
                {
                    Problems.Enqueue($"slice of {request.Body.Length} bytes is not a multiple of 320 KiB");
                }

                session.Content.Write(request.Body);
                if (session.Content.Length < total)
                {
                    return Json(202, SessionJson(sessionId, session.Content.Length));
                }

                _sessions.TryRemove(sessionId, out _);
                return Json(201, ItemJson(Store(session.ParentId, session.Name, session.Content.ToArray())));
            default:
                Problems.Enqueue($"unexpected {request.Method} {path}");
                return Json(405, Error("invalidRequest", request.Method));
        }
    }

    private Item Store(string parentId, string name, byte[] content)
    {
        var existing = _items.Values.FirstOrDefault(i => i.ParentId == parentId && i.Name == name);
        if (existing is not null)
        {
            // Replacing keeps the item and adds a version, as SharePoint does.
            existing.Content = content;
            existing.Versions++;
            return existing;
        }

        var item = new Item("item-" + Interlocked.Increment(ref _next).ToString(CultureInfo.InvariantCulture), name, parentId, false) { Content = content };
        _items[item.Id] = item;
        return item;
    }

    private JsonObject ItemJson(Item item)
    {
        var json = new JsonObject
        {
            ["id"] = item.Id,
            ["name"] = item.Name,
            ["webUrl"] = $"https://contoso.sharepoint.com/sites/Prozesse/{LibraryName}/{Uri.EscapeDataString(PathOf(item)).Replace("%2F", "/", StringComparison.Ordinal)}",
        };
        if (item.IsFolder)
        {
            json["folder"] = new JsonObject { ["childCount"] = 0 };
        }
        else
        {
            json["size"] = item.Content.Length;
            json["file"] = new JsonObject { ["mimeType"] = "application/octet-stream" };
        }

        return json;
    }

    private JsonObject SessionJson(string id, long received) => new()
    {
        ["uploadUrl"] = $"{BaseUrl}upload/{id}",
        ["expirationDateTime"] = DateTimeOffset.UtcNow.AddHours(1).ToString("o", CultureInfo.InvariantCulture),
        ["nextExpectedRanges"] = new JsonArray(received.ToString(CultureInfo.InvariantCulture) + "-"),
    };

    private static JsonObject Drive(string id, string name, string urlName) => new()
    {
        ["id"] = id,
        ["name"] = name,
        ["webUrl"] = $"https://contoso.sharepoint.com/sites/Prozesse/{urlName}",
    };

    public static string Error(string code, string message) =>
        new JsonObject { ["error"] = new JsonObject { ["code"] = code, ["message"] = message } }.ToJsonString();

    private static (int, byte[], Dictionary<string, string>?) Json(int status, JsonNode node) =>
        (status, System.Text.Encoding.UTF8.GetBytes(node.ToJsonString()), null);

    private static (int, byte[], Dictionary<string, string>?) Json(int status, string text) =>
        (status, System.Text.Encoding.UTF8.GetBytes(text), null);

    [GeneratedRegex("^/drives/" + DriveId + "/root:/(.+?):?$")]
    private static partial Regex RootPath();

    [GeneratedRegex("^/drives/" + DriveId + "/items/([^/:]+):/(.+):/(content|createUploadSession)$")]
    private static partial Regex ChildPath();

    [GeneratedRegex("^/drives/" + DriveId + "/items/([^/:]+)(/listItem|/content|/children|)$")]
    private static partial Regex ItemPath();

    [GeneratedRegex("^/sites/([^/]+)/lists/([^/]+)/items/([^/]+)/fields$")]
    private static partial Regex FieldsPath();

    [GeneratedRegex(@"^bytes (\d+)-(\d+)/(\d+)$")]
    private static partial Regex ContentRange();

    public sealed record Request(string Method, string Path, string Query, string? Authorization, string? ContentRange, byte[] Body)
    {
        public string Text => System.Text.Encoding.UTF8.GetString(Body);
    }

    public sealed record Item(string Id, string Name, string? ParentId, bool IsFolder)
    {
        public byte[] Content { get; set; } = [];

        public int Versions { get; set; } = 1;

        public JsonObject? Fields { get; set; }
    }

    private sealed record Session(string ParentId, string Name, MemoryStream Content);
}
