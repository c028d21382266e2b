namespace WfTeams.Core.Documents;

/// <summary>
/// Aligns a document's controls with those a profile of the base version has, by order and title
/// (or tag, where one survived): the longest common subsequence, so a deleted or added control
/// leaves the rest in place. Hunt–Szymanski: each control is compared only with the expected
/// controls of the same title, O((n + matches) log n) instead of n × m for 7,000-control profiles.
/// </summary>
internal static class ControlAlignment
{
    /// <summary>For each document control, the index of the expected control it stands for, or -1.</summary>
    public static int[] Align(IReadOnlyList<DocumentControl> document, IReadOnlyList<(string Path, string? Title)> expected)
    {
        var byPath = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var byTitle = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var e = 0; e < expected.Count; e++)
        {
            Add(byPath, expected[e].Path, e);
            if (expected[e].Title is { } title)
            {
                Add(byTitle, title, e);
            }
        }

        // thresholds[k]: the smallest expected index that ends a common subsequence of length k + 1;
        // ends[k]: the pair that ends it. A pair links to the pair before it in its subsequence.
        var thresholds = new List<int>();
        var ends = new List<int>();
        var pairs = new List<(int D, int E, int Previous)>();
        for (var d = 0; d < document.Count; d++)
        {
            var candidates = document[d].TaggedPath is { } path
                ? byPath.GetValueOrDefault(path)
                : document[d].Title is { } title ? byTitle.GetValueOrDefault(title) : null;
            if (candidates is null)
            {
                continue;
            }

            // Descending, so one document control never extends a subsequence it already ends.
            for (var c = candidates.Count - 1; c >= 0; c--)
            {
                var e = candidates[c];
                var k = thresholds.BinarySearch(e);
                if (k >= 0)
                {
                    continue;
                }

                k = ~k;
                pairs.Add((d, e, k > 0 ? ends[k - 1] : -1));
                if (k == thresholds.Count)
                {
                    thresholds.Add(e);
                    ends.Add(pairs.Count - 1);
                }
                else
                {
                    thresholds[k] = e;
                    ends[k] = pairs.Count - 1;
                }
            }
        }

        var result = new int[document.Count];
        Array.Fill(result, -1);
        for (var pair = ends.Count > 0 ? ends[^1] : -1; pair >= 0; pair = pairs[pair].Previous)
        {
            result[pairs[pair].D] = pairs[pair].E;
        }

        return result;
    }

    private static void Add(Dictionary<string, List<int>> index, string key, int value)
    {
        if (!index.TryGetValue(key, out var list))
        {
            index[key] = list = [];
        }

        list.Add(value);
    }
}
