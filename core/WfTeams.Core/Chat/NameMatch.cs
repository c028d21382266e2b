using System.Globalization;
using System.Text;

namespace WfTeams.Core.Chat;

/// <summary>
/// Finds the template a user meant by name: case and umlauts do not matter (ä = ae, ß = ss),
/// a prefix or a word of the name is enough, and small typos are forgiven. Several equally good → ask.
/// </summary>
public static class NameMatch
{
    public sealed record Candidate(string Id, string Name);

    public sealed record Result(IReadOnlyList<Candidate> Matches)
    {
        public Candidate? Single => Matches.Count == 1 ? Matches[0] : null;

        public bool IsAmbiguous => Matches.Count > 1;
    }

    public static Result Find(string query, IEnumerable<Candidate> candidates)
    {
        var wanted = Normalize(query);
        if (wanted.Length == 0)
        {
            return new Result([]);
        }

        var scored = candidates
            .Select(c => (Candidate: c, Score: Score(wanted, Normalize(c.Name), Normalize(c.Id))))
            .Where(s => s.Score > 0)
            .ToList();
        if (scored.Count == 0)
        {
            return new Result([]);
        }

        var best = scored.Max(s => s.Score);
        return new Result(scored.Where(s => s.Score == best).Select(s => s.Candidate).OrderBy(c => c.Name, StringComparer.Ordinal).ToList());
    }

    /// <summary>Lower case, umlauts spelled out, only letters and digits separated by single spaces.</summary>
    public static string Normalize(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text.ToLowerInvariant())
        {
            switch (c)
            {
                case 'ä': builder.Append("ae"); break;
                case 'ö': builder.Append("oe"); break;
                case 'ü': builder.Append("ue"); break;
                case 'ß': builder.Append("ss"); break;
                default:
                    if (char.IsLetterOrDigit(c))
                    {
                        var plain = c.ToString().Normalize(NormalizationForm.FormD)[0];
                        builder.Append(CharUnicodeInfo.GetUnicodeCategory(plain) == UnicodeCategory.NonSpacingMark ? c : plain);
                    }
                    else if (builder.Length > 0 && builder[^1] != ' ')
                    {
                        builder.Append(' ');
                    }

                    break;
            }
        }

        return builder.ToString().Trim();
    }

    /// <summary>Levenshtein distance, for typos.</summary>
    public static int Distance(string a, string b)
    {
        var previous = Enumerable.Range(0, b.Length + 1).ToArray();
        var current = new int[b.Length + 1];
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }

    private static int Score(string wanted, string name, string id)
    {
        if (wanted == name || wanted == id)
        {
            return 100;
        }

        if (name.StartsWith(wanted, StringComparison.Ordinal) || id.StartsWith(wanted.Replace(' ', '-'), StringComparison.Ordinal))
        {
            return 80;
        }

        var words = name.Split(' ');
        if (words.Any(w => w.StartsWith(wanted, StringComparison.Ordinal)) && wanted.Length >= 3)
        {
            return 60;
        }

        var tolerance = wanted.Length <= 4 ? 1 : wanted.Length <= 8 ? 2 : 3;
        if (Distance(wanted, name) <= tolerance || words.Any(w => Distance(wanted, w) <= tolerance)
            || (wanted.Length >= 4 && words.Any(w => w.Length > wanted.Length && Distance(wanted, w[..wanted.Length]) <= Math.Max(1, tolerance - 1))))
        {
            return 40;
        }

        return 0;
    }
}
