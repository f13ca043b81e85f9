namespace ConfigLint.Syntax.Hcl;

/// <summary>"Did you mean" for template keywords: the first candidate within edit distance 2.</summary>
internal static class HclNameSuggestion
{
    public static string? Suggest(ReadOnlySpan<char> given, ReadOnlySpan<string> candidates)
    {
        foreach (var candidate in candidates)
        {
            if (Distance(given, candidate) < 3)
            {
                return candidate;
            }
        }

        return null;
    }

    private static int Distance(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        if (a.Length > 64)
        {
            return int.MaxValue;
        }

        Span<int> previous = stackalloc int[b.Length + 1];
        Span<int> current = stackalloc int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }

            current.CopyTo(previous);
        }

        return previous[b.Length];
    }
}
