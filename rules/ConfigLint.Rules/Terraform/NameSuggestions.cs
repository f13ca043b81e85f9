using ConfigLint.Diagnostics;
using ConfigLint.Syntax;
using ConfigLint.Text;

namespace ConfigLint.Rules.Terraform;

/// <summary>"Did you mean": the one candidate nearest to a misspelled name, within edit distance 2.</summary>
internal static class NameSuggestions
{
    /// <summary>The nearest candidate within distance 2 (1 for names of up to 3 characters); null when none is, or two are equally near.</summary>
    public static string? Suggest(string given, IEnumerable<string> candidates)
    {
        var limit = given.Length <= 3 ? 1 : 2;
        string? best = null;
        var bestDistance = int.MaxValue;
        var tie = false;
        foreach (var candidate in candidates.Distinct(StringComparer.Ordinal))
        {
            if (candidate == given)
            {
                continue;
            }

            var distance = Distance(given, candidate, limit);
            if (distance > limit)
            {
                continue;
            }

            if (distance < bestDistance)
            {
                best = candidate;
                bestDistance = distance;
                tie = false;
            }
            else if (distance == bestDistance)
            {
                tie = true;
            }
        }

        return tie ? null : best;
    }

    /// <summary>"; did you mean 'x'?" or nothing.</summary>
    public static string Hint(string? suggestion) => suggestion is null ? string.Empty : $"; did you mean '{suggestion}'?";

    /// <summary>
    /// The diagnostic with an unsafe fix that replaces <paramref name="written"/> at <paramref name="location"/> by the
    /// suggestion, when there is one and the text there is exactly what was read (not inside a JSON string).
    /// </summary>
    public static Diagnostic WithReplacement(Diagnostic diagnostic, SyntaxTree tree, Location location, string written, string? suggestion) =>
        suggestion is not null && location.Path == tree.Path && tree.Text.ToString(location.Span) == written
            ? diagnostic.WithFix(CodeFix.Create($"Replace with '{suggestion}'", new TextEdit(location.Path, location.Span, suggestion), FixSafety.Unsafe))
            : diagnostic;

    // Optimal string alignment distance (a swap of neighbours counts once), cut off above the limit.
    private static int Distance(string a, string b, int limit)
    {
        if (Math.Abs(a.Length - b.Length) > limit || a.Length > 128 || b.Length > 128)
        {
            return int.MaxValue;
        }

        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }

        return d[a.Length, b.Length];
    }
}
