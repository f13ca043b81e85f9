namespace ConfigLint.Workspaces;

/// <summary>Conversions between absolute paths and workspace-relative ones ('/' separated, no leading './').</summary>
public static class WorkspacePaths
{
    /// <summary>The relative path of <paramref name="fullPath"/> under <paramref name="root"/>, or null when outside.</summary>
    public static string? ToRelative(string root, string fullPath)
    {
        var relative = Path.GetRelativePath(root, fullPath);
        if (relative == ".")
        {
            return string.Empty;
        }

        if (relative == ".." || relative.StartsWith(".." + Path.DirectorySeparatorChar, StringComparison.Ordinal) || Path.IsPathRooted(relative))
        {
            return null;
        }

        return relative.Replace(Path.DirectorySeparatorChar, '/');
    }

    /// <summary>The absolute path of a workspace-relative path.</summary>
    public static string ToFull(string root, string relativePath) =>
        Path.GetFullPath(Path.Combine(root, relativePath.Replace('/', Path.DirectorySeparatorChar)));

    /// <summary>The directory part of a relative path ('' at the root).</summary>
    public static string DirectoryOf(string relativePath)
    {
        var slash = relativePath.LastIndexOf('/');
        return slash < 0 ? string.Empty : relativePath[..slash];
    }

    /// <summary>
    /// Resolves a path written in a file of <paramref name="directory"/> (relative to it, <c>..</c> allowed) to a
    /// workspace-relative path; null when it is absolute, empty, or climbs out of the workspace.
    /// </summary>
    public static string? Resolve(string directory, string path) => Model.RelativePaths.Resolve(directory, path);

    /// <summary>Joins relative path parts.</summary>
    public static string Combine(string directory, string name) => directory.Length == 0 ? name : directory + "/" + name;
}
