using ConfigLint.Syntax.Dotenv;
using ConfigLint.Workspaces;

namespace ConfigLint.Rules.Consistency;

/// <summary>
/// Groups the env files of a directory that describe the same settings for different environments:
/// <c>.env</c>, <c>.env.&lt;name&gt;</c> and <c>&lt;environment&gt;.env</c> (<c>prod.env</c>, <c>staging.env</c>).
/// Local overrides (<c>.env.local</c>, <c>*.local</c>) hold only some keys on purpose and are left out, as are
/// service files like <c>db.env</c>. Example, sample and template files define the expected keys.
/// </summary>
public static class EnvFileVariants
{
    private static readonly string[] EnvironmentNames =
        ["dev", "development", "local", "test", "testing", "staging", "stage", "qa", "uat", "prod", "production",
         "preview", "ci", "example", "sample", "template", "defaults", "default"];

    /// <summary>True for files that document the expected keys.</summary>
    public static bool IsTemplate(string path)
    {
        var name = Path.GetFileName(path).ToLowerInvariant();
        return name.Contains("example", StringComparison.Ordinal) || name.Contains("sample", StringComparison.Ordinal)
            || name.Contains("template", StringComparison.Ordinal) || name.Contains(".dist", StringComparison.Ordinal);
    }

    /// <summary>The groups of variants (two or more files each), by directory, in path order.</summary>
    public static IEnumerable<IReadOnlyList<DotenvSyntaxTree>> Group(IEnumerable<DotenvSyntaxTree> files) =>
        files.Where(f => IsVariant(f.Path))
            .GroupBy(f => WorkspacePaths.DirectoryOf(f.Path), StringComparer.Ordinal)
            .Select(g => (IReadOnlyList<DotenvSyntaxTree>)[.. g.OrderBy(f => f.Path, StringComparer.Ordinal)])
            .Where(g => g.Count > 1)
            .OrderBy(g => g[0].Path, StringComparer.Ordinal);

    /// <summary>
    /// True for a file that holds one environment's settings: <c>.env</c>, <c>.env.&lt;name&gt;</c> and
    /// <c>&lt;environment&gt;.env</c>, but not a local override (<c>.env.local</c>, <c>*.local</c>).
    /// </summary>
    public static bool IsVariant(string path)
    {
        var name = Path.GetFileName(path).ToLowerInvariant();
        if (name.EndsWith(".local", StringComparison.Ordinal) || name == ".env.local")
        {
            return false;
        }

        if (name == ".env" || name.StartsWith(".env.", StringComparison.Ordinal))
        {
            return true;
        }

        return name.EndsWith(".env", StringComparison.Ordinal) && EnvironmentNames.Contains(name[..^4]);
    }
}
