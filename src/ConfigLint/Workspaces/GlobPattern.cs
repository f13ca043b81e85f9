namespace ConfigLint.Workspaces;

/// <summary>
/// A gitignore-style pattern: <c>*</c>, <c>?</c> and <c>[a-z]</c> within a path segment, <c>**</c> across
/// segments, a trailing <c>/</c> for directories only, and a <c>/</c> anywhere but the end anchoring the
/// pattern to its base directory (otherwise it matches at any depth). Matching is linear in practice and
/// never backtracks exponentially.
/// </summary>
public sealed class GlobPattern
{
    private readonly string[] _segments;

    private GlobPattern(string text, string[] segments, bool directoryOnly, bool negated)
    {
        Text = text;
        _segments = segments;
        DirectoryOnly = directoryOnly;
        IsNegated = negated;
    }

    /// <summary>The pattern as written.</summary>
    public string Text { get; }

    /// <summary>True for patterns ending in <c>/</c>.</summary>
    public bool DirectoryOnly { get; }

    /// <summary>True for gitignore's <c>!pattern</c>.</summary>
    public bool IsNegated { get; }

    /// <summary>Parses a pattern; <paramref name="allowNegation"/> enables gitignore's leading <c>!</c>.</summary>
    public static GlobPattern Parse(string pattern, bool allowNegation = false)
    {
        var text = pattern.Trim();
        var negated = false;
        if (allowNegation && text.StartsWith('!'))
        {
            negated = true;
            text = text[1..];
        }
        else if (text.StartsWith("\\!", StringComparison.Ordinal) || text.StartsWith("\\#", StringComparison.Ordinal))
        {
            text = text[1..];
        }

        if (text.StartsWith("./", StringComparison.Ordinal))
        {
            text = text[2..];
        }

        var directoryOnly = text.EndsWith('/');
        text = text.TrimEnd('/');
        var anchored = text.Contains('/');
        text = text.TrimStart('/');
        var segments = text.Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (!anchored)
        {
            segments = ["**", .. segments];
        }

        return new GlobPattern(pattern, segments, directoryOnly, negated);
    }

    /// <summary>Whether a path relative to the pattern's base matches (for directories, pass <paramref name="isDirectory"/>).</summary>
    public bool IsMatch(string relativePath, bool isDirectory)
    {
        if (DirectoryOnly && !isDirectory)
        {
            return false;
        }

        var parts = relativePath.Split('/', StringSplitOptions.RemoveEmptyEntries);
        return MatchSegments(parts);
    }

    /// <summary>Whether the path or one of its parent directories matches.</summary>
    public bool IsMatchOrAncestor(string relativePath, bool isDirectory)
    {
        var parts = relativePath.Split('/', StringSplitOptions.RemoveEmptyEntries);
        for (var length = 1; length <= parts.Length; length++)
        {
            var isDir = length < parts.Length || isDirectory;
            if ((!DirectoryOnly || isDir) && MatchSegments(parts.AsSpan(0, length)))
            {
                return true;
            }
        }

        return false;
    }

    // Dynamic programming over (pattern segment, path segment): O(p * n), no exponential backtracking.
    private bool MatchSegments(ReadOnlySpan<string> parts)
    {
        var p = _segments.Length;
        var n = parts.Length;
        var reachable = new bool[n + 1];
        reachable[0] = true;
        for (var i = 0; i < p; i++)
        {
            var next = new bool[n + 1];
            var segment = _segments[i];
            if (segment == "**")
            {
                var seen = false;
                for (var j = 0; j <= n; j++)
                {
                    seen |= reachable[j];
                    next[j] = seen;
                }
            }
            else
            {
                for (var j = 0; j < n; j++)
                {
                    if (reachable[j] && MatchSegment(segment, parts[j]))
                    {
                        next[j + 1] = true;
                    }
                }
            }

            reachable = next;
        }

        return reachable[n];
    }

    /// <summary>Wildcard match of one segment with the classic single-backtrack algorithm (linear-quadratic worst case).</summary>
    internal static bool MatchSegment(string pattern, string text)
    {
        int p = 0, t = 0, starP = -1, starT = 0;
        while (t < text.Length)
        {
            if (p < pattern.Length && pattern[p] == '*')
            {
                starP = p++;
                starT = t;
            }
            else if (p < pattern.Length && MatchOne(pattern, ref p, text[t]))
            {
                t++;
            }
            else if (starP >= 0)
            {
                p = starP + 1;
                t = ++starT;
            }
            else
            {
                return false;
            }
        }

        while (p < pattern.Length && pattern[p] == '*')
        {
            p++;
        }

        return p == pattern.Length;
    }

    // Matches one pattern element (literal, '?', escape or class) at p against c, advancing p on success.
    private static bool MatchOne(string pattern, ref int p, char c)
    {
        var e = pattern[p];
        if (e == '?')
        {
            p++;
            return true;
        }

        if (e == '\\' && p + 1 < pattern.Length)
        {
            if (pattern[p + 1] != c)
            {
                return false;
            }

            p += 2;
            return true;
        }

        if (e == '[')
        {
            var close = pattern.IndexOf(']', p + 2);
            if (close > p)
            {
                var negate = pattern[p + 1] is '!' or '^';
                var i = negate ? p + 2 : p + 1;
                var found = false;
                for (; i < close; i++)
                {
                    if (i + 2 < close && pattern[i + 1] == '-')
                    {
                        found |= c >= pattern[i] && c <= pattern[i + 2];
                        i += 2;
                    }
                    else
                    {
                        found |= pattern[i] == c;
                    }
                }

                if (found == negate)
                {
                    return false;
                }

                p = close + 1;
                return true;
            }
        }

        if (e != c)
        {
            return false;
        }

        p++;
        return true;
    }

    /// <inheritdoc />
    public override string ToString() => Text;
}
