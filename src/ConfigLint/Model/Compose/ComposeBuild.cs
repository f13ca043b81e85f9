namespace ConfigLint.Model.Compose;

/// <summary>Where a service's <c>build</c> reads its Dockerfile from, in workspace terms.</summary>
internal static class ComposeBuild
{
    /// <summary>
    /// The workspace-relative Dockerfile of a build: <paramref name="context"/> (default the project directory) joined
    /// with <paramref name="dockerfile"/> (default <c>Dockerfile</c>); null for remote contexts (git, http), absolute
    /// paths and paths that climb out of the workspace.
    /// </summary>
    public static string? DockerfilePath(string projectDirectory, string? context, string? dockerfile)
    {
        var contextPath = string.IsNullOrEmpty(context) ? "." : context;
        if (contextPath.Contains("://", StringComparison.Ordinal) || contextPath.StartsWith("git@", StringComparison.Ordinal)
            || contextPath.EndsWith(".git", StringComparison.Ordinal) || contextPath.Contains('$'))
        {
            return null;
        }

        var file = string.IsNullOrEmpty(dockerfile) ? "Dockerfile" : dockerfile;
        if (file.Contains('$') || RelativePaths.Resolve(projectDirectory, contextPath) is not { } directory)
        {
            return null;
        }

        return RelativePaths.Resolve(directory, file) is { Length: > 0 } path ? path : null;
    }
}
