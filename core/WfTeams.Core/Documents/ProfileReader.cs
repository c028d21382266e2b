using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Xml;
using WfTeams.Core.Processes;
using WfTeams.Core.Resources;

namespace WfTeams.Core.Documents;

/// <summary>
/// Reads an edited Prozesssteckbrief back into its template through the <c>wf:</c> content
/// controls (see <see cref="ProfileDocument"/>). Controls whose tag an editor dropped (LibreOffice
/// 7.4, Word on the web) are aligned with those of a fresh profile of the base version by order and
/// title; what cannot be aligned is reported, never guessed. Text outside the controls and
/// comments are ignored (the former reported); tracked changes count as accepted.
/// </summary>
public static class ProfileReader
{
    private const int Snippet = 60;

    /// <param name="document">The checked upload.</param>
    /// <param name="documentBase">The template version the document was made of (its <see cref="ProfileUpload.TemplateVersion"/>).</param>
    /// <param name="culture">The user's language, for the notices.</param>
    public static ProfileReading Read(ProfileUpload document, ProcessTemplate documentBase, CultureInfo culture)
    {
        DocumentBody body;
        try
        {
            using var stream = document.OpenMainPart();
            body = DocumentBody.Read(stream);
        }
        catch (XmlException ex)
        {
            return new ProfileReading(null, [], [], [new TemplateError("$", "DocxBroken", ex.Message)]);
        }
        catch (InvalidTemplateException ex)
        {
            return new ProfileReading(null, [], [], ex.Errors);
        }

        return new Reading(document, documentBase, culture, body).Run();
    }

    /// <summary>The state of one reading: the base as JSON, what the document says, and what was found.</summary>
    private sealed class Reading(ProfileUpload document, ProcessTemplate documentBase, CultureInfo culture, DocumentBody body)
    {
        private readonly List<FieldChange> _changes = [];
        private readonly List<ProfileNotice> _notices = [];
        private readonly List<TemplateError> _problems = [];
        private readonly byte[] _json = TemplateJson.SerializeToUtf8Bytes(documentBase, indented: false);
        private JsonNode? _tree;
        private TemplateIndex _index = null!;
        private DocumentBody? _fresh;

        /// <summary>The base as a mutable tree, made only when a value differs (and then materialised only along the paths written).</summary>
        private JsonNode Tree => _tree ??= JsonNode.Parse(_json)!;

        /// <summary>The controls a profile of the base version has, in the document's language: made only when needed.</summary>
        private DocumentBody Fresh => _fresh ??= FreshProfile();

        public ProfileReading Run()
        {
            using var index = new TemplateIndex(_json);
            _index = index;
            return Compare();
        }

        private ProfileReading Compare()
        {
            var paths = Resolve();
            var scalars = new Dictionary<string, string>(StringComparer.Ordinal);
            var lists = new Dictionary<string, List<Group>>(StringComparer.Ordinal);
            var listNodes = new Dictionary<string, JsonElement?>(StringComparer.Ordinal);
            var found = 0;
            for (var i = 0; i < body.Controls.Count; i++)
            {
                if (paths[i] is not { } path)
                {
                    continue;
                }

                found++;
                var text = body.Controls[i].Text;
                if (TemplatePaths.ListItem(path) is { } item && IsListValue(listNodes, path, item, out var canonical))
                {
                    var group = AddToGroup(lists, item.List, item.Index, item.Property, text);
                    if (!canonical || !SameAsBase(path, text, out var leaf))
                    {
                        group.Differs = true;
                    }
                    else if (leaf)
                    {
                        group.Leaves++;
                    }
                }
                else if (_index.Get(path) is not { } node || !TemplateIndex.IsValue(node))
                {
                    Notice(path, "DocxUnknownField", Short(text));
                }
                else if (!scalars.TryAdd(path, text))
                {
                    Notice(path, "DocxDuplicateControl", Short(text));
                }
            }

            if (found == 0)
            {
                return new ProfileReading(null, [], _notices, [new TemplateError("$", "DocxNoControls")]);
            }

            foreach (var (path, text) in scalars)
            {
                if (!SameAsBase(path, text, out _))
                {
                    Apply(Tree, path, path, text);
                }
            }

            // Applying the scalars changed no other leaf, so the base's leaves are the tree's.
            foreach (var path in _index.Leaves)
            {
                if (!scalars.ContainsKey(path) && !TemplatePaths.IsListItem(path))
                {
                    Notice(path, "DocxControlDeleted");
                }
            }

            foreach (var list in _index.EditableListPaths())
            {
                if (_index.Get(list) is { ValueKind: JsonValueKind.Array } array && array.GetArrayLength() > 0)
                {
                    var groups = lists.GetValueOrDefault(list) ?? [];
                    if (!Unchanged(array, groups) && TemplatePaths.Get(Tree, list) is JsonArray items)
                    {
                        Rebuild(list, items, groups);
                    }
                }
            }

            CheckOutsideText();
            return Finish();
        }

        /// <summary>
        /// Whether <paramref name="path"/> names a value in an item of an editable list of the base;
        /// canonical when the path is written as the index writes it (the usual case), so the index holds the value.
        /// </summary>
        private bool IsListValue(Dictionary<string, JsonElement?> lists, string path, (string List, int Index, string Property) item, out bool canonical)
        {
            canonical = _index.TryGetValue(path, out _, out _);
            if (canonical)
            {
                return true;
            }

            if (!lists.TryGetValue(item.List, out var list))
            {
                // The list looked up once per list.
                lists[item.List] = list = _index.Get(item.List);
            }

            if (list is not { ValueKind: JsonValueKind.Array } array || item.Index >= array.GetArrayLength())
            {
                return false;
            }

            var element = array[item.Index];
            var value = item.Property.Length == 0 ? element : TemplateIndex.Navigate(element, item.Property);
            return value is { } v && TemplateIndex.IsValue(v);
        }

        /// <summary>
        /// Whether the document's text for <paramref name="path"/> reads back to the base's value (as <see cref="Apply"/>
        /// decides it, without building a node); false when in doubt, so <see cref="Apply"/> looks again.
        /// </summary>
        private bool SameAsBase(string path, string text, out bool leaf)
        {
            if (!_index.TryGetValue(path, out var old, out leaf))
            {
                return false;
            }

            if (ProfileValues.KindOf(path) == ProfileValues.Kind.Text)
            {
                if (text.Length == 0)
                {
                    return false;
                }

                if (old.ValueKind == JsonValueKind.String && old.ValueEquals(text))
                {
                    return true;
                }

                var before = TemplateIndex.Raw(old);
                return text == before || Comparable(text) == Comparable(before);
            }

            var (value, problem) = ProfileValues.Parse(path, text);
            return problem is null && value is not null && Raw(value) == TemplateIndex.Raw(old);
        }

        /// <summary>
        /// Whether <see cref="Rebuild"/> would leave the list as it is, without a word: every item once, in
        /// order, every control's text the base's value, no filled field of an item missing.
        /// </summary>
        private static bool Unchanged(JsonElement items, List<Group> groups)
        {
            if (groups.Count != items.GetArrayLength())
            {
                return false;
            }

            var i = 0;
            foreach (var item in items.EnumerateArray())
            {
                var group = groups[i];
                if (group.Index != i++ || group.Differs)
                {
                    return false;
                }

                if (item.ValueKind == JsonValueKind.Object)
                {
                    if (group.Leaves != TemplateIndex.CountLeaves(item))
                    {
                        return false;
                    }
                }
                else if (!TemplateIndex.IsValue(item) || !(group.Texts.TryGetValue("", out var text) && text.Trim().Length > 0))
                {
                    return false;
                }
            }

            return true;
        }

        private ProfileReading Finish()
        {
            if (_changes.Count == 0)
            {
                return new ProfileReading(_problems.Count == 0 ? documentBase : null, _changes, _notices, _problems);
            }

            var (edited, errors) = TemplateJson.Parse(JsonSerializer.SerializeToUtf8Bytes(Tree));
            _problems.AddRange(errors);
            if (edited is not null)
            {
                _problems.AddRange(TemplateValidator.Validate(edited));
            }

            return new ProfileReading(_problems.Count == 0 ? edited : null, _changes, _notices, _problems);
        }

        /// <summary>Each control's template path: its tag, or where tags are missing, its place in the alignment.</summary>
        private string?[] Resolve()
        {
            var controls = body.Controls;
            var paths = new string?[controls.Count];
            var untagged = false;
            for (var i = 0; i < controls.Count; i++)
            {
                paths[i] = controls[i].TaggedPath;
                untagged |= paths[i] is null && !controls[i].IsFigures;
            }

            if (!untagged)
            {
                return paths;
            }

            var expected = Fresh.Controls.Where(c => c.TaggedPath is not null).Select(c => (c.TaggedPath!, c.Title)).ToList();
            var aligned = ControlAlignment.Align(controls, expected);
            var byTitle = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var (path, title) in expected)
            {
                if (title is not null)
                {
                    byTitle.TryAdd(title, path);
                }
            }

            for (var i = 0; i < controls.Count; i++)
            {
                if (paths[i] is not null || controls[i].IsFigures)
                {
                    continue;
                }

                if (aligned[i] >= 0)
                {
                    paths[i] = expected[aligned[i]].Item1;
                }
                else if (controls[i].Title is { } title && byTitle.TryGetValue(title, out var copied))
                {
                    // A copy of an aligned control (a list item added by copying): it names the same field.
                    paths[i] = copied;
                }
                else
                {
                    Notice(controls[i].Title ?? "", "DocxControlUnaligned", controls[i].Title ?? "–", Short(controls[i].Text));
                }
            }

            return paths;
        }

        /// <summary>Writes the document's text for one field into <paramref name="node"/> (the root or a list item), noting the change.</summary>
        private void Apply(JsonNode node, string relative, string path, string text)
        {
            var old = TemplatePaths.Get(node, relative);
            var (value, problem) = ProfileValues.Parse(path, text);
            if (problem is not null)
            {
                _problems.Add(problem);
                return;
            }

            if (Same(old, value, path))
            {
                return;
            }

            if (path is "version" or "status")
            {
                // Set when the edited version is stored (latest + 1, a draft), not by the document.
                Notice(path, "DocxReadOnly", Short(text));
                return;
            }

            TemplatePaths.Set(node, relative, value);
            _changes.Add(new FieldChange(path, Raw(old), Raw(value)));
        }

        private static bool Same(JsonNode? old, JsonNode? value, string path)
        {
            if (old is null || value is null)
            {
                return old is null && value is null;
            }

            var before = Raw(old)!;
            var after = Raw(value)!;
            return ProfileValues.KindOf(path) == ProfileValues.Kind.Text
                ? after == before || Comparable(after) == Comparable(before)
                : after == before;
        }

        /// <summary>
        /// Text as the profile could show it: without what XML cannot hold, line ends as \n, runs of
        /// spaces as one (editors and the XML writer may drop doubled or trailing spaces).
        /// </summary>
        private static string Comparable(string text)
        {
            var clean = XmlText.Clean(text).ReplaceLineEndings("\n");
            var builder = new StringBuilder(clean.Length);
            foreach (var c in clean)
            {
                // U+FFFD: what JSON makes of a broken surrogate the profile left out.
                if (c != '\uFFFD' && (c != ' ' || (builder.Length > 0 && builder[^1] != ' ')))
                {
                    builder.Append(c);
                }
            }

            return builder.ToString().Trim(' ');
        }

        private void Rebuild(string list, JsonArray items, List<Group> groups)
        {
            if (InOrder(items, groups))
            {
                // Every item once, in order (the usual case): edit in place, no copies.
                for (var i = 0; i < groups.Count; i++)
                {
                    var basePath = TemplatePaths.Item(list, i);
                    if (items[i] is JsonObject item)
                    {
                        foreach (var (rest, value) in groups[i].Texts)
                        {
                            Apply(item, rest, basePath + "." + rest, value);
                        }

                        foreach (var (rest, _) in Leaves(item, ""))
                        {
                            if (!groups[i].Texts.ContainsKey(rest) && !TemplatePaths.NotShown(list, rest))
                            {
                                Notice(basePath + "." + rest, "DocxControlDeleted");
                            }
                        }
                    }
                    else
                    {
                        var holder = new JsonObject { ["v"] = items[i]!.DeepClone() };
                        Apply(holder, "v", basePath, groups[i].Texts[""]);
                        var value = holder["v"]!;
                        holder.Remove("v");
                        items[i] = value;
                    }
                }

                return;
            }

            var kept = new bool[items.Count];
            var result = new JsonArray();
            foreach (var group in groups)
            {
                var original = items[group.Index]!;
                var newPath = TemplatePaths.Item(list, result.Count);
                var basePath = TemplatePaths.Item(list, group.Index);
                if (!kept[group.Index])
                {
                    kept[group.Index] = true;
                    var item = original.DeepClone();
                    if (item is JsonValue)
                    {
                        var text = group.Texts[""];
                        if (text.Trim().Length == 0)
                        {
                            Removed(basePath, original);
                            continue;
                        }

                        var holder = new JsonObject { ["v"] = item };
                        Apply(holder, "v", basePath, text);
                        item = holder["v"]!;
                        holder.Remove("v");
                    }
                    else
                    {
                        foreach (var (rest, text) in group.Texts)
                        {
                            Apply(item, rest, basePath + "." + rest, text);
                        }

                        foreach (var (rest, _) in Leaves(original, ""))
                        {
                            if (!group.Texts.ContainsKey(rest) && !TemplatePaths.NotShown(list, rest))
                            {
                                Notice(basePath + "." + rest, "DocxControlDeleted");
                            }
                        }
                    }

                    result.Add(item);
                    continue;
                }

                // A second copy of an item: a new item after the others, made of the copy's text.
                var added = original.DeepClone();
                var problems = _problems.Count;
                if (added is JsonValue)
                {
                    var text = group.Texts[""];
                    if (text.Trim().Length == 0)
                    {
                        continue;
                    }

                    var (value, problem) = ProfileValues.Parse(newPath, text);
                    if (problem is not null)
                    {
                        _problems.Add(problem);
                        continue;
                    }

                    added = value!;
                }
                else
                {
                    foreach (var (rest, text) in group.Texts)
                    {
                        var (value, problem) = ProfileValues.Parse(newPath + "." + rest, text);
                        if (problem is not null)
                        {
                            _problems.Add(problem);
                        }
                        else
                        {
                            TemplatePaths.Set(added, rest, value);
                        }
                    }

                    if (added["id"] is JsonValue id)
                    {
                        added["id"] = FreshId(id.ToString(), items, result);
                    }
                }

                if (_problems.Count == problems)
                {
                    result.Add(added);
                    var summary = Summary(added);
                    _changes.Add(new FieldChange(newPath, null, summary, FieldChangeKind.Added) { ItemJson = added.ToJsonString() });
                    Notice(newPath, "DocxItemAdded", Short(summary));
                }
            }

            for (var i = 0; i < items.Count; i++)
            {
                if (!kept[i])
                {
                    Removed(TemplatePaths.Item(list, i), items[i]!);
                }
            }

            TemplatePaths.Set(Tree, list, result);
        }

        private static bool InOrder(JsonArray items, List<Group> groups)
        {
            if (groups.Count != items.Count)
            {
                return false;
            }

            for (var i = 0; i < groups.Count; i++)
            {
                if (groups[i].Index != i || (items[i] is JsonValue && !(groups[i].Texts.TryGetValue("", out var text) && text.Trim().Length > 0)))
                {
                    return false;
                }
            }

            return true;
        }

        private void Removed(string path, JsonNode item)
        {
            var summary = Summary(item);
            _changes.Add(new FieldChange(path, summary, null, FieldChangeKind.Removed));
            Notice(path, "DocxItemRemoved", Short(summary));
        }

        /// <summary>An id for a copied item: the original's with a number, unique in its list.</summary>
        private static string FreshId(string id, JsonArray items, JsonArray result)
        {
            var taken = items.Concat(result).Select(i => i?["id"]?.ToString()).Where(i => i is not null).ToHashSet(StringComparer.Ordinal);
            for (var n = 2; ; n++)
            {
                var suffix = string.Create(CultureInfo.InvariantCulture, $"-{n}");
                var candidate = (id.Length + suffix.Length > TemplateLimits.IdLength ? id[..(TemplateLimits.IdLength - suffix.Length)] : id) + suffix;
                if (taken.Add(candidate))
                {
                    return candidate;
                }
            }
        }

        private void CheckOutsideText()
        {
            if (document.Properties.GetValueOrDefault(ProfileProperties.OutsideText) == body.OutsideText.Hex)
            {
                return;
            }

            // Something outside the fields differs: compare paragraph by paragraph with a fresh profile.
            var expected = Fresh.Outside.GroupBy(o => o.Text, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
            foreach (var (text, before) in body.Outside)
            {
                if (expected.TryGetValue(text, out var count) && count > 0)
                {
                    expected[text] = count - 1;
                    continue;
                }

                var path = before > 0 ? PathOf(before - 1) : "";
                _notices.Add(new ProfileNotice(path, Messages.Format("DocxTextOutside", culture, Short(text))));
            }
        }

        private string PathOf(int control) => body.Controls[control].TaggedPath ?? body.Controls[control].Title ?? "";

        private DocumentBody FreshProfile()
        {
            var language = CultureInfo.GetCultureInfo(document.Language);
            var upload = ProfileUpload.Open(ProfileDocument.Create(documentBase, new DocumentOptions { Culture = language }));
            using var stream = upload.OpenMainPart();
            return DocumentBody.Read(stream);
        }

        private void Notice(string path, string key, params object?[] args) => _notices.Add(new ProfileNotice(path, Messages.Format(key, culture, args)));

        private static Group AddToGroup(Dictionary<string, List<Group>> lists, string list, int index, string rest, string text)
        {
            if (!lists.TryGetValue(list, out var groups))
            {
                lists[list] = groups = [];
            }

            // Consecutive controls of one item form a group; the same item again (a copy) starts a new one.
            if (groups.Count == 0 || groups[^1].Index != index || groups[^1].Texts.ContainsKey(rest))
            {
                groups.Add(new Group(index));
            }

            groups[^1].Texts[rest] = text;
            return groups[^1];
        }

        private static string Short(string text)
        {
            var line = text.ReplaceLineEndings(" ").Trim();
            return line.Length <= Snippet ? line : line[..Snippet] + "…";
        }

        private static string? Raw(JsonNode? node) => node switch
        {
            null => null,
            JsonValue v when v.GetValueKind() == JsonValueKind.String => v.GetValue<string>(),
            _ => node.ToJsonString(),
        };

        private static string Summary(JsonNode item) =>
            item is JsonValue ? Raw(item)! : string.Join(" · ", Leaves(item, "").Select(l => l.Value));

        /// <summary>The filled text and number leaves a profile shows as controls: all but ids and step references.</summary>
        private static List<(string Path, string Value)> Leaves(JsonNode node, string path)
        {
            // One list filled depth first, not nested iterators: a 500-step template has 7,000 leaves five levels down.
            var leaves = new List<(string Path, string Value)>();
            AddLeaves(node, path, leaves);
            return leaves;
        }

        private static void AddLeaves(JsonNode node, string path, List<(string Path, string Value)> leaves)
        {
            switch (node)
            {
                case JsonObject o:
                    foreach (var (key, child) in o)
                    {
                        if (child is not null && key is not ("id" or "next"))
                        {
                            AddLeaves(child, path.Length == 0 ? key : path + "." + key, leaves);
                        }
                    }

                    break;
                case JsonArray a:
                    for (var i = 0; i < a.Count; i++)
                    {
                        if (a[i] is { } child)
                        {
                            AddLeaves(child, TemplatePaths.Item(path, i), leaves);
                        }
                    }

                    break;
                case JsonValue v when v.GetValueKind() is JsonValueKind.String or JsonValueKind.Number:
                    var text = Raw(v)!;
                    if (text.Trim().Length > 0)
                    {
                        leaves.Add((path, text));
                    }

                    break;
            }
        }
    }

    private sealed class Group(int index)
    {
        public int Index { get; } = index;

        public Dictionary<string, string> Texts { get; } = new(StringComparer.Ordinal);

        /// <summary>A text that may differ from the base's value (or a path the index does not hold as written).</summary>
        public bool Differs { get; set; }

        /// <summary>How many of <see cref="Texts"/> are leaves of the base item (filled text and numbers).</summary>
        public int Leaves { get; set; }
    }
}
