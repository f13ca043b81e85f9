using System.Text;
using ConfigLint.Diagnostics;
using ConfigLint.Text;
using ConfigLint.Workspaces;

namespace ConfigLint.Fixes;

/// <summary>
/// Applies edits to files on disk: never outside the workspace root, never through a symbolic link, in the
/// file's own encoding, and atomically (a temporary file beside the target, then a rename).
/// </summary>
public static class FixWriter
{
    /// <summary>The new text of a file after applying non-overlapping edits.</summary>
    public static string ApplyEdits(string content, IEnumerable<TextEdit> edits)
    {
        var ordered = edits.OrderBy(e => e.Span.Start).ThenBy(e => e.Span.End).ToList();
        var builder = new StringBuilder(content.Length + 64);
        var position = 0;
        foreach (var edit in ordered)
        {
            if (edit.Span.Start < position || edit.Span.End > content.Length)
            {
                throw new InvalidOperationException($"Edits overlap or fall outside the file at {edit.Span}.");
            }

            builder.Append(content, position, edit.Span.Start - position);
            builder.Append(edit.NewText);
            position = edit.Span.End;
        }

        builder.Append(content, position, content.Length - position);
        return builder.ToString();
    }

    /// <summary>
    /// Writes the edited text of each file. Returns the workspace-relative paths written, and, for each file
    /// that was refused, why.
    /// </summary>
    public static (IReadOnlyList<string> Written, IReadOnlyList<string> Refused) Write(
        string root,
        IReadOnlyDictionary<string, SourceText> texts,
        IEnumerable<TextEdit> edits)
    {
        var written = new List<string>();
        var refused = new List<string>();
        foreach (var group in edits.GroupBy(e => e.Path, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var relative = group.Key;
            var full = WorkspacePaths.ToFull(root, relative);
            if (WorkspacePaths.ToRelative(root, full) is null)
            {
                refused.Add($"{relative}: outside the workspace root");
                continue;
            }

            if (!texts.TryGetValue(relative, out var text))
            {
                refused.Add($"{relative}: not a file of this run");
                continue;
            }

            var info = new FileInfo(full);
            if (info.LinkTarget is not null || HasLinkedAncestor(root, full))
            {
                refused.Add($"{relative}: a symbolic link; not written through");
                continue;
            }

            var updated = ApplyEdits(text.Content, group);
            WriteAtomically(full, text.Encode(updated));
            written.Add(relative);
        }

        return (written, refused);
    }

    private static bool HasLinkedAncestor(string root, string full)
    {
        var rootFull = Path.GetFullPath(root).TrimEnd(Path.DirectorySeparatorChar);
        for (var directory = Path.GetDirectoryName(full); directory is not null && directory.Length > rootFull.Length; directory = Path.GetDirectoryName(directory))
        {
            if (new DirectoryInfo(directory).LinkTarget is not null)
            {
                return true;
            }
        }

        return false;
    }

    private static void WriteAtomically(string path, byte[] bytes)
    {
        var directory = Path.GetDirectoryName(path)!;
        var temporary = Path.Combine(directory, $".{Path.GetFileName(path)}.configlint-{Environment.ProcessId}-{Guid.NewGuid():N}.tmp");
        try
        {
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                stream.Write(bytes);
                stream.Flush(flushToDisk: true);
            }

            if (!OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(temporary, File.GetUnixFileMode(path));
            }

            File.Move(temporary, path, overwrite: true);
        }
        finally
        {
            if (File.Exists(temporary))
            {
                File.Delete(temporary);
            }
        }
    }
}
