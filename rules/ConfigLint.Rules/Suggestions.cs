namespace ConfigLint.Rules;

/// <summary>Did-you-mean suggestions for misspelled names (a service, a port name, a key).</summary>
public static class Suggestions
{
    /// <summary>The one candidate within edit distance 2 of <paramref name="name"/> that is closer than every other, or null.</summary>
    public static string? Closest(string name, IEnumerable<string> candidates)
    {
        string? best = null;
        var bestDistance = int.MaxValue;
        var tie = false;
        foreach (var candidate in candidates.Distinct(StringComparer.Ordinal))
        {
            if (candidate == name)
            {
                continue;
            }

            var distance = Distance(name, candidate);
            if (distance < bestDistance)
            {
                (best, bestDistance, tie) = (candidate, distance, false);
            }
            else if (distance == bestDistance)
            {
                tie = true;
            }
        }

        return bestDistance <= 2 && !tie ? best : null;
    }

    /// <summary>Levenshtein distance, case-insensitive (so <c>DB</c> and <c>db</c> are neighbours).</summary>
    public static int Distance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = char.ToLowerInvariant(a[i - 1]) == char.ToLowerInvariant(b[j - 1]) ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
