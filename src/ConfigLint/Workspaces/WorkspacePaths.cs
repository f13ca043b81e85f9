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

    /// <summary>Joins relative path parts.</summary>
    public static string Combine(string directory, string name) => directory.Length == 0 ? name : directory + "/" + name;
}
