using System.Collections.Immutable;
using ConfigLint.Configuration;

namespace ConfigLint.Workspaces;

/// <summary>The root, the configuration and the files of one run.</summary>
public sealed record Workspace(string Root, LintConfiguration Configuration, ImmutableArray<WorkspaceFile> Files)
{
    /// <summary>The workspace-relative form (forward slashes) of an absolute path, or null when it is outside the root.</summary>
    public string? ToRelative(string fullPath) => WorkspacePaths.ToRelative(Root, fullPath);
}
