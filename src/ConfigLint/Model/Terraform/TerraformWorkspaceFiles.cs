using System.Collections.Concurrent;
using System.Text;
using ConfigLint.Workspaces;

namespace ConfigLint.Model.Terraform;

/// <summary>
/// Reads what Terraform would read from disk besides configuration (<c>file()</c>, <c>templatefile()</c>) and lists
/// module directories, only inside the workspace root and never through a symbolic link. Reads are cached.
/// </summary>
internal sealed class TerraformWorkspaceFiles(string workspaceRoot)
{
    private const int MaxBytes = 1 << 20;

    private readonly ConcurrentDictionary<string, string?> _texts = new(StringComparer.Ordinal);

    /// <summary>
    /// The workspace-relative path of <paramref name="path"/> as Terraform resolves it from the root module's
    /// directory; null for absolute paths and paths above the workspace root.
    /// </summary>
    public static string? Resolve(string rootDirectory, string path)
    {
        if (path.Length == 0 || path.StartsWith('/') || path.StartsWith('~') || (path.Length > 1 && path[1] == ':'))
        {
            return null;
        }

        var parts = new List<string>();
        foreach (var part in (rootDirectory.Length == 0 ? path : rootDirectory + "/" + path).Replace('\\', '/').Split('/'))
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

        return parts.Count == 0 ? null : string.Join('/', parts);
    }

    public bool Exists(string relativePath) => SafeFullPath(relativePath) is { } full && File.Exists(full);

    /// <summary>The file as UTF-8 text, or null when it is missing, too large, unreadable or behind a link.</summary>
    public string? ReadText(string relativePath) => _texts.GetOrAdd(relativePath, path =>
    {
        if (SafeFullPath(path) is not { } full)
        {
            return null;
        }

        try
        {
            var info = new FileInfo(full);
            if (!info.Exists || info.Length > MaxBytes)
            {
                return null;
            }

            var bytes = File.ReadAllBytes(full);
            return new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes).TrimStart('\uFEFF');
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or DecoderFallbackException)
        {
            return null;
        }
    });

    /// <summary>The names of the files of a workspace-relative directory, sorted; empty when it does not exist or is behind a link.</summary>
    public IReadOnlyList<string> ListFiles(string relativeDirectory)
    {
        if (SafeFullPath(relativeDirectory, allowRoot: true) is not { } full || !Directory.Exists(full))
        {
            return [];
        }

        try
        {
            var names = new List<string>();
            foreach (var file in new DirectoryInfo(full).EnumerateFiles())
            {
                if (file.LinkTarget is null)
                {
                    names.Add(file.Name);
                }
            }

            names.Sort(StringComparer.Ordinal);
            return names;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return [];
        }
    }

    // Every component from the root down must be a real directory or file, not a link.
    private string? SafeFullPath(string relativePath, bool allowRoot = false)
    {
        if (relativePath.Length == 0)
        {
            return allowRoot ? workspaceRoot : null;
        }

        var full = WorkspacePaths.ToFull(workspaceRoot, relativePath);
        if (WorkspacePaths.ToRelative(workspaceRoot, full) is not { Length: > 0 })
        {
            return null;
        }

        var current = workspaceRoot;
        try
        {
            foreach (var part in relativePath.Split('/'))
            {
                current = Path.Combine(current, part);
                FileSystemInfo info = Directory.Exists(current) ? new DirectoryInfo(current) : new FileInfo(current);
                if (info.Exists && info.LinkTarget is not null)
                {
                    return null;
                }
            }
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or ArgumentException)
        {
            return null;
        }

        return full;
    }
}
