using System.Net;
using System.Net.Sockets;

namespace WfTeams.Testing;

/// <summary>A tiny HTTP server on a free loopback port, answering each request with <paramref name="respond"/>.</summary>
public sealed class LoopbackServer : IDisposable
{
    private readonly HttpListener _listener = new();
    private readonly Func<HttpListenerRequest, byte[], (int Status, byte[] Body, Dictionary<string, string>? Headers)> _respond;

    public LoopbackServer(Func<HttpListenerRequest, string, (int Status, string Body, Dictionary<string, string>? Headers)> respond)
        : this((request, body) =>
        {
            var (status, answer, headers) = respond(request, System.Text.Encoding.UTF8.GetString(body));
            return (status, System.Text.Encoding.UTF8.GetBytes(answer), headers);
        })
    {
    }

    /// <summary>A server that sees and answers raw bytes (uploads, downloads).</summary>
    public LoopbackServer(Func<HttpListenerRequest, byte[], (int Status, byte[] Body, Dictionary<string, string>? Headers)> respond)
    {
        _respond = respond;
        Port = FreePort();
        _listener.Prefixes.Add($"http://127.0.0.1:{Port}/");
        _listener.Start();
        _ = Task.Run(ServeAsync);
    }

    public int Port { get; }

    public string BaseUrl => $"http://127.0.0.1:{Port}/";

    public void Dispose() => _listener.Close();

    private async Task ServeAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception exception) when (exception is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }

            // Answer requests in parallel, as a real service does (one at a time would make the sink the bottleneck).
            _ = Task.Run(() => AnswerAsync(context));
        }
    }

    private async Task AnswerAsync(HttpListenerContext context)
    {
        try
        {
            using var body = new MemoryStream();
            await context.Request.InputStream.CopyToAsync(body);
            var (status, answer, headers) = _respond(context.Request, body.ToArray());
            context.Response.StatusCode = status;
            context.Response.ContentType = "application/json";
            foreach (var (name, value) in headers ?? [])
            {
                context.Response.Headers[name] = value;
            }

            context.Response.ContentLength64 = answer.Length;
            await context.Response.OutputStream.WriteAsync(answer);
            context.Response.Close();
        }
        catch (Exception exception) when (exception is HttpListenerException or ObjectDisposedException or IOException)
        {
            // The client went away or the server is closing.
        }
    }

    private static int FreePort()
    {
        using var socket = new TcpListener(IPAddress.Loopback, 0);
        socket.Start();
        return ((IPEndPoint)socket.LocalEndpoint).Port;
    }
}
