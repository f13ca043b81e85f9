namespace ConfigLint.Workspaces;

/// <summary>
/// The patterns of one <c>.gitignore</c>, relative to its directory. The last matching pattern decides;
/// a <c>!pattern</c> re-includes.
/// </summary>
public sealed class GitIgnoreRules
{
    private readonly List<GlobPattern> _patterns;

    private GitIgnoreRules(string baseDirectory, List<GlobPattern> patterns)
    {
        BaseDirectory = baseDirectory;
        _patterns = patterns;
    }

    /// <summary>Workspace-relative directory of the <c>.gitignore</c> ('' for the root).</summary>
    public string BaseDirectory { get; }

    /// <summary>Parses the text of a <c>.gitignore</c>.</summary>
    public static GitIgnoreRules Parse(string baseDirectory, string content)
    {
        var patterns = new List<GlobPattern>();
        foreach (var raw in content.Split('\n'))
        {
            var line = raw.TrimEnd('\r');
            if (line.Length == 0 || line.StartsWith('#') || line.Trim().Length == 0)
            {
                continue;
            }

            patterns.Add(GlobPattern.Parse(line, allowNegation: true));
        }

        return new GitIgnoreRules(baseDirectory, patterns);
    }

    /// <summary>Ignored (true), re-included (false) or not mentioned (null) for a workspace-relative path.</summary>
    public bool? IsIgnored(string relativePath, bool isDirectory)
    {
        var local = BaseDirectory.Length == 0 ? relativePath
            : relativePath.StartsWith(BaseDirectory + "/", StringComparison.Ordinal) ? relativePath[(BaseDirectory.Length + 1)..]
            : null;
        if (local is null)
        {
            return null;
        }

        bool? result = null;
        foreach (var pattern in _patterns)
        {
            if (pattern.IsMatch(local, isDirectory))
            {
                result = !pattern.IsNegated;
            }
        }

        return result;
    }
}
