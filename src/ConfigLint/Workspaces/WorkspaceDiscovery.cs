using System.Collections.Immutable;
using ConfigLint.Configuration;
using ConfigLint.Syntax;

namespace ConfigLint.Workspaces;

/// <summary>
/// Expands paths and globs into the files of a run. Honours configuration include/exclude, <c>.gitignore</c>
/// and default excludes, never follows a symbolic link out of the root (or into a directory), and pulls in the
/// files beside a named file as context (its Terraform module, its env variants, its compose file).
/// </summary>
public sealed class WorkspaceDiscovery
{
    private static readonly ImmutableArray<string> DefaultExcludedDirectories = [".git", ".terraform", "node_modules", ".terragrunt-cache"];

    private readonly string _root;
    private readonly LintConfiguration _configuration;
    private readonly ImmutableArray<GlobPattern> _include;
    private readonly ImmutableArray<GlobPattern> _exclude;
    private readonly GitIgnoreMatcher _gitIgnores;
    private readonly SortedDictionary<string, WorkspaceFile> _files = new(StringComparer.Ordinal);
    private readonly HashSet<string> _contextDirectories = new(StringComparer.Ordinal);

    private WorkspaceDiscovery(string root, LintConfiguration configuration)
    {
        _root = root;
        _configuration = configuration;
        _include = [.. configuration.Include.Select(p => GlobPattern.Parse(p))];
        _exclude = [.. configuration.Exclude.Select(p => GlobPattern.Parse(p))];
        _gitIgnores = new GitIgnoreMatcher(root);
    }

    /// <summary>
    /// Discovers the files for <paramref name="paths"/> (absolute, or relative to <paramref name="currentDirectory"/>).
    /// Throws <see cref="ConfigurationException"/> for a path that does not exist or lies outside the root.
    /// </summary>
    public static Workspace Discover(IReadOnlyList<string> paths, LintConfiguration configuration, string root, string currentDirectory)
    {
        var discovery = new WorkspaceDiscovery(Path.GetFullPath(root), configuration);
        foreach (var path in paths.Count == 0 ? ["."] : paths)
        {
            discovery.AddPath(path, currentDirectory);
        }

        return new Workspace(discovery._root, configuration, [.. discovery._files.Values]);
    }

    /// <summary>
    /// The workspace root for a run: the configuration file's directory, else the enclosing git repository,
    /// else the current directory when the first path is inside it, else the first path's directory.
    /// </summary>
    public static string FindRoot(string firstPath, string? configurationFile, string currentDirectory)
    {
        if (configurationFile is not null)
        {
            return Path.GetDirectoryName(Path.GetFullPath(configurationFile))!;
        }

        var full = Path.GetFullPath(Path.Combine(currentDirectory, GlobBase(firstPath)));
        var start = Directory.Exists(full) ? full : Path.GetDirectoryName(full) ?? full;
        for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
        {
            if (Directory.Exists(Path.Combine(directory.FullName, ".git")) || File.Exists(Path.Combine(directory.FullName, ".git")))
            {
                return directory.FullName;
            }
        }

        var cwd = Path.GetFullPath(currentDirectory);
        return WorkspacePaths.ToRelative(cwd, start) is not null ? cwd : start;
    }

    private void AddPath(string path, string currentDirectory)
    {
        if (IsGlob(path))
        {
            AddGlob(path, currentDirectory);
            return;
        }

        var full = Path.GetFullPath(Path.Combine(currentDirectory, path));
        var relative = WorkspacePaths.ToRelative(_root, full)
            ?? throw new ConfigurationException(new ConfigurationError(Text.Location.None, $"'{path}' is outside the workspace root '{_root}'"));
        if (Directory.Exists(full))
        {
            Walk(relative, glob: null);
        }
        else if (File.Exists(full))
        {
            AddNamedFile(full, relative);
        }
        else
        {
            throw new ConfigurationException(new ConfigurationError(Text.Location.None, $"'{path}' does not exist"));
        }
    }

    private void AddGlob(string path, string currentDirectory)
    {
        var baseDirectory = Path.GetFullPath(Path.Combine(currentDirectory, GlobBase(path)));
        var relativeBase = WorkspacePaths.ToRelative(_root, baseDirectory)
            ?? throw new ConfigurationException(new ConfigurationError(Text.Location.None, $"'{path}' is outside the workspace root '{_root}'"));
        var fullPattern = Path.GetFullPath(Path.Combine(currentDirectory, path));
        var relativePattern = WorkspacePaths.ToRelative(_root, fullPattern) ?? path;
        if (Directory.Exists(baseDirectory))
        {
            Walk(relativeBase, GlobPattern.Parse("/" + relativePattern));
        }
    }

    private void AddNamedFile(string full, string relative)
    {
        if (FormatDetector.Detect(Path.GetFileName(full)) is not { } format || IsExcludedByConfiguration(relative, isDirectory: false))
        {
            return;
        }

        if (IsSymbolicLinkOutOfRoot(new FileInfo(full)))
        {
            return;
        }

        _files[relative] = new WorkspaceFile(full, relative, format, IsRequested: true);
        AddSiblingsAsContext(Path.GetDirectoryName(full)!, WorkspacePaths.DirectoryOf(relative));
    }

    private void AddSiblingsAsContext(string fullDirectory, string relativeDirectory)
    {
        // A pre-commit run names many files of one directory; read each directory once.
        if (!_contextDirectories.Add(relativeDirectory))
        {
            return;
        }

        foreach (var sibling in SafeEnumerateEntries(fullDirectory).Files)
        {
            var relative = WorkspacePaths.Combine(relativeDirectory, sibling.Name);
            if (_files.ContainsKey(relative) || FormatDetector.Detect(sibling.Name) is not { } format)
            {
                continue;
            }

            if (IsExcludedByConfiguration(relative, isDirectory: false) || IsSymbolicLinkOutOfRoot(sibling))
            {
                continue;
            }

            _files[relative] = new WorkspaceFile(sibling.FullName, relative, format, IsRequested: false);
        }
    }

    private void Walk(string relativeStart, GlobPattern? glob)
    {
        var pending = new Stack<string>();
        pending.Push(relativeStart);
        while (pending.Count > 0)
        {
            var relativeDirectory = pending.Pop();
            var fullDirectory = WorkspacePaths.ToFull(_root, relativeDirectory);
            var isHelmTemplates = Path.GetFileName(fullDirectory) == "templates" && File.Exists(Path.Combine(fullDirectory, "..", "Chart.yaml"));
            var (files, directories) = SafeEnumerateEntries(fullDirectory);
            foreach (var file in files)
            {
                var relative = WorkspacePaths.Combine(relativeDirectory, file.Name);
                if (FormatDetector.Detect(file.Name) is not { } format || _files.ContainsKey(relative))
                {
                    continue;
                }

                // Helm templates are Go templates, not YAML, until rendered.
                if (isHelmTemplates && format is ConfigFormat.Yaml or ConfigFormat.Compose or ConfigFormat.Kustomization)
                {
                    continue;
                }

                if ((glob is not null && !glob.IsMatch(relative, isDirectory: false))
                    || IsExcludedByConfiguration(relative, isDirectory: false)
                    || IsGitIgnored(relative, isDirectory: false)
                    || IsSymbolicLinkOutOfRoot(file))
                {
                    continue;
                }

                _files[relative] = new WorkspaceFile(file.FullName, relative, format, IsRequested: true);
            }

            for (var i = directories.Count - 1; i >= 0; i--)
            {
                var directory = directories[i];
                var relative = WorkspacePaths.Combine(relativeDirectory, directory.Name);
                if (DefaultExcludedDirectories.Contains(directory.Name)
                    || IsLink(directory)
                    || IsExcludedByConfiguration(relative, isDirectory: true)
                    || IsGitIgnored(relative, isDirectory: true))
                {
                    continue;
                }

                pending.Push(relative);
            }
        }
    }

    private bool IsExcludedByConfiguration(string relative, bool isDirectory)
    {
        foreach (var pattern in _exclude)
        {
            if (pattern.IsMatchOrAncestor(relative, isDirectory))
            {
                return true;
            }
        }

        if (_include.IsEmpty || isDirectory)
        {
            return false;
        }

        foreach (var pattern in _include)
        {
            if (pattern.IsMatchOrAncestor(relative, isDirectory))
            {
                return false;
            }
        }

        return true;
    }

    private bool IsGitIgnored(string relative, bool isDirectory) =>
        _configuration.RespectGitIgnore && _gitIgnores.IsIgnored(relative, isDirectory);

    // The enumeration already read each entry's attributes; asking LinkTarget would cost a readlink per file.
    private static bool IsLink(FileSystemInfo entry) => (entry.Attributes & FileAttributes.ReparsePoint) != 0;

    private bool IsSymbolicLinkOutOfRoot(FileInfo file)
    {
        if (!IsLink(file))
        {
            return false;
        }

        try
        {
            var target = file.ResolveLinkTarget(returnFinalTarget: true);
            return target is null || !target.Exists || WorkspacePaths.ToRelative(_root, target.FullName) is null;
        }
        catch (IOException)
        {
            return true;
        }
    }

    // One read of the directory for both lists: the walk of a monorepo is mostly these system calls.
    private static (List<FileInfo> Files, List<DirectoryInfo> Directories) SafeEnumerateEntries(string directory)
    {
        var files = new List<FileInfo>();
        var directories = new List<DirectoryInfo>();
        try
        {
            foreach (var entry in new DirectoryInfo(directory).EnumerateFileSystemInfos())
            {
                switch (entry)
                {
                    case FileInfo file: files.Add(file); break;
                    case DirectoryInfo child: directories.Add(child); break;
                }
            }
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return ([], []);
        }

        files.Sort((a, b) => string.CompareOrdinal(a.Name, b.Name));
        directories.Sort((a, b) => string.CompareOrdinal(a.Name, b.Name));
        return (files, directories);
    }

    private static bool IsGlob(string path) => path.AsSpan().IndexOfAny("*?[") >= 0;

    private static string GlobBase(string path)
    {
        if (!IsGlob(path))
        {
            return path;
        }

        var normalized = path.Replace('\\', '/');
        var firstWildcard = normalized.AsSpan().IndexOfAny("*?[");
        var slash = normalized.LastIndexOf('/', firstWildcard);
        return slash < 0 ? "." : normalized[..Math.Max(slash, 1)];
    }
}
