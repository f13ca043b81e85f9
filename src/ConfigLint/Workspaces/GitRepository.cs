namespace ConfigLint.Workspaces;

/// <summary>
/// The git repository a workspace lies in, for rules that ask whether a file is git-ignored (an env file with a
/// secret that <c>git add .</c> would commit). <see cref="Model.GitRepositoryBinder"/> registers it with the graph;
/// <c>graph.GetModel&lt;GitRepository&gt;()</c> is null when the workspace is not inside a repository, and rules then
/// say nothing. Only <c>.gitignore</c> files are read, as discovery reads them (not <c>.git/info/exclude</c>, the
/// global excludes file, or the index), and nothing is ever executed.
/// </summary>
public sealed class GitRepository
{
    private readonly string _workspaceRoot;
    private readonly GitIgnoreMatcher _ignores;

    private GitRepository(string root, string workspaceRoot)
    {
        Root = root;
        _workspaceRoot = workspaceRoot;
        _ignores = new GitIgnoreMatcher(root);
    }

    /// <summary>Absolute path of the repository's top directory (the one holding <c>.git</c>).</summary>
    public string Root { get; }

    /// <summary>The repository that contains <paramref name="workspaceRoot"/>, or null when there is none.</summary>
    public static GitRepository? Find(string workspaceRoot)
    {
        var full = Path.GetFullPath(workspaceRoot);
        for (var directory = new DirectoryInfo(full); directory is not null; directory = directory.Parent)
        {
            // A worktree or submodule has a '.git' file that points at the real git directory.
            var marker = Path.Combine(directory.FullName, ".git");
            if (Directory.Exists(marker) || File.Exists(marker))
            {
                return new GitRepository(directory.FullName, full);
            }
        }

        return null;
    }

    /// <summary>
    /// True when the <c>.gitignore</c> files from the repository root down ignore the workspace-relative file
    /// <paramref name="path"/>, itself or through one of its directories. A file outside the repository is not ignored.
    /// </summary>
    public bool IsIgnored(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var relative = WorkspacePaths.ToRelative(Root, WorkspacePaths.ToFull(_workspaceRoot, path));
        return relative is { Length: > 0 } && _ignores.IsFileIgnored(relative);
    }
}
