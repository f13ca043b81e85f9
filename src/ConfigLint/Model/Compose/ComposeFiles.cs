using ConfigLint.Syntax;
using ConfigLint.Syntax.Yaml;
using ConfigLint.Workspaces;

namespace ConfigLint.Model.Compose;

/// <summary>
/// Groups Compose files into projects the way <c>docker compose</c> reads them by default: a file named
/// <c>&lt;stem&gt;.override.y[a]ml</c> merges onto <c>&lt;stem&gt;.y[a]ml</c> in the same directory; every other Compose
/// file is a project of its own.
/// </summary>
internal static class ComposeFiles
{
    public static IEnumerable<List<YamlSyntaxTree>> Projects(IEnumerable<SyntaxTree> trees)
    {
        var compose = trees.OfType<YamlSyntaxTree>().Where(t => t.Format == ConfigFormat.Compose).OrderBy(t => t.Path, StringComparer.Ordinal).ToList();
        var projects = new Dictionary<string, List<YamlSyntaxTree>>(StringComparer.Ordinal);
        foreach (var tree in compose.Where(t => BaseStem(t.Path) is null))
        {
            projects[Key(WorkspacePaths.DirectoryOf(tree.Path), Stem(tree.Path))] = [tree];
        }

        foreach (var tree in compose.Where(t => BaseStem(t.Path) is not null))
        {
            if (projects.TryGetValue(Key(WorkspacePaths.DirectoryOf(tree.Path), BaseStem(tree.Path)!), out var project))
            {
                project.Add(tree);
            }
            else
            {
                projects[Key(WorkspacePaths.DirectoryOf(tree.Path), Stem(tree.Path))] = [tree];
                }
        }

        return projects.Values.OrderBy(p => p[0].Path, StringComparer.Ordinal);
    }

    private static string Key(string directory, string stem) => directory + "\0" + stem;

    private static string Stem(string path)
    {
        var name = Path.GetFileName(path).ToLowerInvariant();
        return name[..name.LastIndexOf('.')];
    }

    private static string? BaseStem(string path)
    {
        var stem = Stem(path);
        return stem.EndsWith(".override", StringComparison.Ordinal) ? stem[..^".override".Length] : null;
    }
}
