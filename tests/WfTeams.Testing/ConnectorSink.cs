using System.Collections.Concurrent;
using System.Text.Json.Nodes;

namespace WfTeams.Testing;

/// <summary>A loopback Bot Connector: records every call and answers as the connector does (201 with an id).</summary>
public sealed class ConnectorSink : IDisposable
{
    private readonly LoopbackServer _server;
    private readonly ConcurrentQueue<(int Status, Dictionary<string, string>? Headers)> _scripted = new();
    private int _ids;

    public ConnectorSink()
    {
        _server = new LoopbackServer((request, body) =>
        {
            var call = new ConnectorCall(request.HttpMethod, request.Url!.AbsolutePath, request.Headers["Authorization"], body.Length > 0 ? JsonNode.Parse(body) : null);
            Calls.Enqueue(call);
            if (_scripted.TryDequeue(out var scripted))
            {
                return (scripted.Status, "{\"error\":{\"code\":\"Throttled\",\"message\":\"slow down\"}}", scripted.Headers);
            }

            if (request.HttpMethod == "GET" && request.Url.AbsolutePath.EndsWith("/members", StringComparison.Ordinal))
            {
                return (200, Members.ToJsonString(), null);
            }

            return (request.HttpMethod == "PUT" ? 200 : 201, $"{{\"id\":\"sent-{Interlocked.Increment(ref _ids)}\"}}", null);
        });
    }

    public string ServiceUrl => _server.BaseUrl;

    /// <summary>What GET …/members answers.</summary>
    public JsonArray Members { get; set; } = [];

    public ConcurrentQueue<ConnectorCall> Calls { get; } = new();

    /// <summary>The next calls are answered with these statuses (then 201 again).</summary>
    public void Script(int status, Dictionary<string, string>? headers = null) => _scripted.Enqueue((status, headers));

    /// <summary>Waits until <paramref name="count"/> calls arrived (replies are sent after the HTTP answer).</summary>
    public async Task<ConnectorCall[]> WaitForAsync(int count, TimeSpan? timeout = null)
    {
        var until = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(10));
        while (Calls.Count < count && DateTime.UtcNow < until)
        {
            await Task.Delay(20);
        }

        return Calls.ToArray();
    }

    /// <summary>Gives the host a moment to send what it should not, then returns what arrived.</summary>
    public async Task<ConnectorCall[]> QuietAsync()
    {
        await Task.Delay(300);
        return Calls.ToArray();
    }

    public void Dispose() => _server.Dispose();
}

public sealed record ConnectorCall(string Method, string Path, string? Authorization, JsonNode? Body)
{
    /// <summary>The body as text with umlauts unescaped, for assertions on what the user reads.</summary>
    public string Json => Body?.ToJsonString(Unescaped) ?? "";

    private static readonly System.Text.Json.JsonSerializerOptions Unescaped = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
}
