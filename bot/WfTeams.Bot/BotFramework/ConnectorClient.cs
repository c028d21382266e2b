using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;

namespace WfTeams.Bot.BotFramework;

/// <summary>
/// The Bot Connector REST client (BOT-PROTOCOL.md "Outbound"): send, reply, update and delete an
/// activity, create a conversation. Only allow-listed service URLs, with the bot's token;
/// 429/412/502/504 are retried with backoff, honouring Retry-After.
/// </summary>
public sealed class ConnectorClient(HttpClient http, ServiceUrlPolicy policy, ConnectorToken token, IOptions<BotOptions> options)
{
    public async Task<string?> SendAsync(string serviceUrl, string conversationId, Activity activity, CancellationToken cancellationToken = default) =>
        await CallAsync(HttpMethod.Post, serviceUrl, $"v3/conversations/{Escape(conversationId)}/activities", activity, cancellationToken);

    public async Task<string?> ReplyAsync(string serviceUrl, string conversationId, string replyToId, Activity activity, CancellationToken cancellationToken = default) =>
        await CallAsync(HttpMethod.Post, serviceUrl, $"v3/conversations/{Escape(conversationId)}/activities/{Escape(replyToId)}", activity, cancellationToken);

    public async Task UpdateAsync(string serviceUrl, string conversationId, string activityId, Activity activity, CancellationToken cancellationToken = default) =>
        await CallAsync(HttpMethod.Put, serviceUrl, $"v3/conversations/{Escape(conversationId)}/activities/{Escape(activityId)}", activity, cancellationToken);

    public async Task DeleteAsync(string serviceUrl, string conversationId, string activityId, CancellationToken cancellationToken = default) =>
        await CallAsync(HttpMethod.Delete, serviceUrl, $"v3/conversations/{Escape(conversationId)}/activities/{Escape(activityId)}", null, cancellationToken);

    /// <summary>The conversation's members (GET /v3/conversations/{id}/members).</summary>
    public async Task<IReadOnlyList<ChannelAccount>> GetMembersAsync(string serviceUrl, string conversationId, CancellationToken cancellationToken = default)
    {
        var json = await CallAsync(HttpMethod.Get, serviceUrl, $"v3/conversations/{Escape(conversationId)}/members", null, cancellationToken, readBody: true);
        return JsonSerializer.Deserialize<List<ChannelAccount>>(json ?? "[]", ActivityJson.Options) ?? [];
    }

    /// <summary>Starts a conversation (proactive message); returns the new conversation's id.</summary>
    public async Task<string?> CreateConversationAsync(string serviceUrl, JsonObject parameters, CancellationToken cancellationToken = default) =>
        await CallAsync(HttpMethod.Post, serviceUrl, "v3/conversations", parameters, cancellationToken);

    /// <returns>The id in the answer, or with <paramref name="readBody"/> the whole answer.</returns>
    private async Task<string?> CallAsync(HttpMethod method, string serviceUrl, string path, object? body, CancellationToken cancellationToken, bool readBody = false)
    {
        if (!policy.IsAllowed(serviceUrl))
        {
            throw new ConnectorException(null, "ServiceUrlNotAllowed", $"service URL '{serviceUrl}' is not on Bot:AllowedServiceUrls");
        }

        using var request = new HttpRequestMessage(method, new Uri(new Uri(serviceUrl.TrimEnd('/') + "/"), path));
        if (body is not null)
        {
            // Serialised up front: with a Content-Length the request goes out in one write (JsonContent streams
            // chunked, and a chunked body after the headers can wait for a delayed ACK).
            request.Content = new ByteArrayContent(JsonSerializer.SerializeToUtf8Bytes(body, body.GetType(), ActivityJson.Options));
            request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        }

        if (!options.Value.IsDevelopment)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", await token.GetAsync(cancellationToken));
        }

        using var response = await http.SendAsync(request, cancellationToken);
        var text = await response.Content.ReadAsStringAsync(cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            throw new ConnectorException(response.StatusCode, ErrorCode(text), $"{method} {request.RequestUri!.GetLeftPart(UriPartial.Path)} → {(int)response.StatusCode}");
        }

        return readBody ? text : Id(text);
    }

    private static string Escape(string id) => Uri.EscapeDataString(id);

    private static string? Id(string json) => TryParse(json)?["id"]?.GetValue<string>();

    private static string? ErrorCode(string json) => TryParse(json)?["error"]?["code"]?.GetValue<string>();

    private static JsonNode? TryParse(string json)
    {
        try
        {
            return json.Length > 0 ? JsonNode.Parse(json) as JsonObject : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
