using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using WfTeams.Core.Processes;
using WfTeams.Core.Resources;

namespace WfTeams.Core.Documents;

/// <summary>
/// Re-applies the changes of a profile made of an older version onto another (the latest, on the
/// user's request): edits by path, then removed items (from the back), then added items. A change
/// whose field or list no longer exists is reported, never dropped silently.
/// </summary>
public static class ProfileChanges
{
    public static ProfileReading ApplyTo(ProcessTemplate target, IReadOnlyList<FieldChange> changes, CultureInfo culture)
    {
        var root = JsonNode.Parse(TemplateJson.SerializeToUtf8Bytes(target, indented: false))!;
        var applied = new List<FieldChange>();
        var notices = new List<ProfileNotice>();
        void Notice(string path, string key, params object?[] args) => notices.Add(new ProfileNotice(path, Messages.Format(key, culture, args)));

        foreach (var change in changes.Where(c => c.Kind == FieldChangeKind.Edited))
        {
            var dot = change.Path.LastIndexOf('.');
            var current = TemplatePaths.Get(root, change.Path);
            var parentExists = dot < 0 || TemplatePaths.Get(root, change.Path[..dot]) is JsonObject;
            if (!parentExists || (current is null && change.Old is not null))
            {
                Notice(change.Path, "DocxChangeNotApplied");
                continue;
            }

            var now = Text(current);
            if (now == change.New)
            {
                continue; // the latest version already says so: nothing to change
            }

            if (now != change.Old)
            {
                Notice(change.Path, "DocxChangeOverwrote", now ?? "–");
            }

            JsonNode? value = change.New is null ? null
                : current is JsonValue number && number.GetValueKind() == JsonValueKind.Number && int.TryParse(change.New, NumberStyles.None, CultureInfo.InvariantCulture, out var n)
                    ? JsonValue.Create(n)
                    : JsonValue.Create(change.New);
            TemplatePaths.Set(root, change.Path, value);
            applied.Add(change with { Old = now });
        }

        foreach (var change in changes.Where(c => c.Kind == FieldChangeKind.Removed).OrderByDescending(c => Index(c.Path)))
        {
            if (TemplatePaths.ListItem(change.Path) is { } item && TemplatePaths.Get(root, item.List) is JsonArray list && item.Index < list.Count)
            {
                list.RemoveAt(item.Index);
                applied.Add(change);
            }
            else
            {
                Notice(change.Path, "DocxChangeNotApplied");
            }
        }

        foreach (var change in changes.Where(c => c.Kind == FieldChangeKind.Added).OrderBy(c => Index(c.Path)))
        {
            if (TemplatePaths.ListItem(change.Path) is { } item && TemplatePaths.Get(root, item.List) is JsonArray list && change.ItemJson is not null)
            {
                var node = JsonNode.Parse(change.ItemJson)!;
                if (node["id"] is JsonValue id && list.Any(i => i?["id"]?.ToString() == id.ToString()))
                {
                    node["id"] = id + "-" + (list.Count + 1).ToString(CultureInfo.InvariantCulture);
                }

                var at = Math.Min(item.Index, list.Count);
                list.Insert(at, node);
                applied.Add(change with { Path = TemplatePaths.Item(item.List, at) });
            }
            else
            {
                Notice(change.Path, "DocxChangeNotApplied");
            }
        }

        var (edited, errors) = TemplateJson.Parse(JsonSerializer.SerializeToUtf8Bytes(root));
        var problems = errors.ToList();
        if (edited is not null)
        {
            problems.AddRange(TemplateValidator.Validate(edited));
        }

        return new ProfileReading(problems.Count == 0 ? edited : null, applied, notices, problems);
    }

    private static int Index(string path) => TemplatePaths.ListItem(path)?.Index ?? 0;

    private static string? Text(JsonNode? node) => node switch
    {
        null => null,
        JsonValue v when v.GetValueKind() == JsonValueKind.String => v.GetValue<string>(),
        _ => node.ToJsonString(),
    };
}
