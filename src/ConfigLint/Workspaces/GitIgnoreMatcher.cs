namespace ConfigLint.Workspaces;

/// <summary>
/// The <c>.gitignore</c> files of a tree, read once per directory when first needed, applied as git applies them: every
/// directory from the base down to the path may have one, a deeper file's patterns decide over a shallower one's, and
/// the last matching pattern of a file wins. Discovery and <see cref="GitRepository"/> share it so both agree on what
/// is ignored. Safe to use from several threads.
/// </summary>
internal sealed class GitIgnoreMatcher
{
    private readonly string _baseDirectory;
    private readonly Dictionary<string, GitIgnoreRules?> _rules = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();

    /// <summary>Creates a matcher for paths relative to <paramref name="baseDirectory"/> (absolute).</summary>
    public GitIgnoreMatcher(string baseDirectory) => _baseDirectory = baseDirectory;

    /// <summary>
    /// True when the patterns on the way down to <paramref name="relativePath"/> ignore the path itself. Parent
    /// directories are not checked: discovery never descends into an ignored directory in the first place.
    /// </summary>
    public bool IsIgnored(string relativePath, bool isDirectory)
    {
        bool? ignored = null;
        var directory = string.Empty;
        var parts = relativePath.Split('/');
        for (var i = 0; i < parts.Length; i++)
        {
            if (RulesOf(directory)?.IsIgnored(relativePath, isDirectory) is { } decision)
            {
                ignored = decision;
            }

            directory = WorkspacePaths.Combine(directory, parts[i]);
        }

        return ignored == true;
    }

    /// <summary>True when a file is ignored, itself or through one of its directories (git cannot re-include a file below an ignored directory).</summary>
    public bool IsFileIgnored(string relativePath)
    {
        var parts = relativePath.Split('/');
        var directory = string.Empty;
        for (var i = 0; i < parts.Length - 1; i++)
        {
            directory = WorkspacePaths.Combine(directory, parts[i]);
            if (IsIgnored(directory, isDirectory: true))
            {
                return true;
            }
        }

        return IsIgnored(relativePath, isDirectory: false);
    }

    private GitIgnoreRules? RulesOf(string relativeDirectory)
    {
        lock (_lock)
        {
            if (_rules.TryGetValue(relativeDirectory, out var cached))
            {
                return cached;
            }
        }

        GitIgnoreRules? rules;
        var file = Path.Combine(WorkspacePaths.ToFull(_baseDirectory, relativeDirectory), ".gitignore");
        try
        {
            rules = File.Exists(file) ? GitIgnoreRules.Parse(relativeDirectory, File.ReadAllText(file)) : null;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            rules = null;
        }

        lock (_lock)
        {
            _rules.TryAdd(relativeDirectory, rules);
            return _rules[relativeDirectory];
        }
    }
}
