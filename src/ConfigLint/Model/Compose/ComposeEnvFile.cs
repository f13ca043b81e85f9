using ConfigLint.Syntax.Dotenv;
using ConfigLint.Text;

namespace ConfigLint.Model.Compose;

/// <summary>
/// An <c>env_file</c> entry: the path as written, the workspace-relative path it resolves to (null when absolute or
/// outside the workspace), <c>required</c> and <c>format</c>, whether the file exists and its parsed content.
/// </summary>
public sealed record ComposeEnvFile(string Path, string? ResolvedPath, bool Required, string? Format, Location Location)
{
    /// <summary>True when the file exists, false when it does not, null when ConfigLint cannot tell (outside the workspace).</summary>
    public bool? Exists { get; init; }

    /// <summary>The parsed file when it exists and is readable as dotenv.</summary>
    public DotenvSyntaxTree? Tree { get; init; }
}
