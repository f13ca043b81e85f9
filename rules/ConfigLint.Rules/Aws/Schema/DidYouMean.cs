namespace ConfigLint.Rules.Aws.Schema;

/// <summary>Ranks the names close to a misspelt one by restricted Damerau–Levenshtein distance (adjacent transpositions count as one edit).</summary>
public static class DidYouMean
{
    /// <summary>
    /// The largest distance accepted for a name of this length: 1 up to 5 characters, 2 from 6 on (so
    /// <c>tags</c> does not suggest <c>arn</c>, while <c>log_destinaton</c> finds <c>log_destination</c>).
    /// </summary>
    public static int MaxDistance(int length) => length <= 2 ? 0 : length <= 5 ? 1 : 2;

    /// <summary>
    /// Candidates within <see cref="MaxDistance"/> of <paramref name="name"/>, nearest first, then by name; at
    /// most <paramref name="limit"/>.
    /// </summary>
    public static IReadOnlyList<string> Rank(string name, IEnumerable<string> candidates, int limit = 3)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(candidates);
        var max = MaxDistance(name.Length);
        var found = new List<(int Distance, string Name)>();
        foreach (var candidate in candidates)
        {
            if (candidate == name || Math.Abs(candidate.Length - name.Length) > max)
            {
                continue;
            }

            var distance = Distance(name, candidate, max);
            if (distance <= max)
            {
                found.Add((distance, candidate));
            }
        }

        found.Sort((a, b) => a.Distance != b.Distance ? a.Distance.CompareTo(b.Distance) : string.CompareOrdinal(a.Name, b.Name));
        var result = new List<string>(Math.Min(limit, found.Count));
        foreach (var (_, candidate) in found)
        {
            if (result.Count == limit)
            {
                break;
            }

            if (!result.Contains(candidate))
            {
                result.Add(candidate);
            }
        }

        return result;
    }

    /// <summary>
    /// The optimal-string-alignment distance between <paramref name="a"/> and <paramref name="b"/>; once every
    /// cell of a row exceeds <paramref name="max"/> it stops and returns <c>max + 1</c>.
    /// </summary>
    public static int Distance(ReadOnlySpan<char> a, ReadOnlySpan<char> b, int max = int.MaxValue - 1)
    {
        if (a.Length == 0 || b.Length == 0)
        {
            return Math.Min(Math.Max(a.Length, b.Length), max + 1);
        }

        // Three rows: two back (transpositions), previous and current.
        var width = b.Length + 1;
        Span<int> buffer = width * 3 <= 768 ? stackalloc int[width * 3] : new int[width * 3];
        var twoBack = buffer[..width];
        var previous = buffer.Slice(width, width);
        var current = buffer.Slice(2 * width, width);
        for (var j = 0; j < width; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            var rowMin = current[0];
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var value = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    value = Math.Min(value, twoBack[j - 2] + 1);
                }

                current[j] = value;
                rowMin = Math.Min(rowMin, value);
            }

            if (rowMin > max)
            {
                return max + 1;
            }

            var recycled = twoBack;
            twoBack = previous;
            previous = current;
            current = recycled;
        }

        return Math.Min(previous[b.Length], max + 1);
    }
}
