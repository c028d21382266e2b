using System.Diagnostics;
using OpenTelemetry;

namespace WfTeams.Bot.Telemetry;

/// <summary>
/// Takes out of every span what may name a person or carry a credential before any exporter sees it:
/// query strings (the report link's <c>sig</c>), paths (case ids, table keys with user ids; the route
/// template stays), client addresses and error descriptions (exception messages may quote a subject).
/// </summary>
public sealed class PrivateTags : BaseProcessor<Activity>
{
    private static readonly string[] Removed = ["url.query", "http.target", "client.address", "network.peer.address", "enduser.id", "db.query.text", "db.statement"];

    public override void OnEnd(Activity data)
    {
        foreach (var tag in Removed)
        {
            if (data.GetTagItem(tag) is not null)
            {
                data.SetTag(tag, null);
            }
        }

        foreach (var tag in (string[])["url.full", "http.url"])
        {
            if (data.GetTagItem(tag) is string url)
            {
                data.SetTag(tag, Authority(url));
            }
        }

        if (data.GetTagItem("url.path") is not null)
        {
            data.SetTag("url.path", data.GetTagItem("http.route"));
        }

        if (data.StatusDescription is not null)
        {
            data.SetStatus(data.Status);
        }
    }

    /// <summary>Scheme, host and port only: where a call went, not what it named.</summary>
    public static string Authority(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) ? uri.GetLeftPart(UriPartial.Authority) + "/" : "";
}
