using ConfigLint.Model;
using ConfigLint.Syntax;
using ConfigLint.Text;
using ConfigLint.Workspaces;

namespace ConfigLint.Tests.Support;

/// <summary>Parses and binds a set of in-memory files (path → content) the way a run does, and returns the graph.</summary>
public static class ModelGraph
{
    public static ConfigGraph Bind(params (string Path, string Content)[] files)
    {
        using var workspace = new TempWorkspace();
        foreach (var (path, content) in files)
        {
            workspace.Write(path, content);
        }

        return Bind(workspace, files.Select(f => f.Path).ToArray());
    }

    /// <summary>Binds <paramref name="discovered"/>; other files of the workspace are reachable only through <see cref="BindingContext.LoadFile"/>.</summary>
    public static ConfigGraph Bind(TempWorkspace workspace, params string[] discovered)
    {
        var trees = discovered.Select(path => Parse(workspace, path)!).ToList();
        var builder = new ConfigGraphBuilder(trees);
        var known = discovered.ToHashSet();
        var context = new BindingContext(workspace.Root, BindingSettings.Default, path => known.Contains(path) ? null : Parse(workspace, path));
        foreach (var binder in Binders.Default)
        {
            binder.Bind(builder, context);
        }

        return builder.Build();
    }

    private static SyntaxTree? Parse(TempWorkspace workspace, string path)
    {
        var full = Path.Combine(workspace.Root, path);
        if (!File.Exists(full) || FormatDetector.Detect(Path.GetFileName(path)) is not { } format)
        {
            return null;
        }

        return SyntaxParser.Parse(path, SourceText.From(File.ReadAllBytes(full)), format);
    }

    /// <summary><c>path:line:col</c> of a location.</summary>
    public static string At(Location location) => $"{location.Path}:{location.StartLine}:{location.StartColumn}";
}
