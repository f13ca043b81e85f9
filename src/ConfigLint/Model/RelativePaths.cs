namespace ConfigLint.Model;

/// <summary>Resolves a path written in a file (relative to that file's directory) to a workspace-relative path.</summary>
internal static class RelativePaths
{
    /// <summary>The workspace-relative path, or null when <paramref name="path"/> is absolute, empty, or climbs out of the workspace.</summary>
    public static string? Resolve(string directory, string path)
    {
        if (path.Length == 0 || path[0] is '/' or '\\' or '~' || (path.Length > 1 && path[1] == ':'))
        {
            return null;
        }

        var parts = new List<string>(directory.Length == 0 ? [] : directory.Split('/'));
        foreach (var part in path.Replace('\\', '/').Split('/'))
        {
            if (part is "" or ".")
            {
                continue;
            }

            if (part == "..")
            {
                if (parts.Count == 0)
                {
                    return null;
                }

                parts.RemoveAt(parts.Count - 1);
                continue;
            }

            parts.Add(part);
        }

        return string.Join('/', parts);
    }
}
