using ConfigLint.Configuration;
using ConfigLint.Model;
using ConfigLint.Model.Terraform;
using ConfigLint.Workspaces;

namespace ConfigLint.Tests.Support;

/// <summary>Discovers, parses and binds a scratch workspace the way a lint run does, for model tests.</summary>
public static class TerraformGraph
{
    public static ConfigGraph Bind(TempWorkspace workspace, BindingSettings? settings = null, params string[] paths)
    {
        var configuration = LintConfiguration.Empty;
        var discovered = WorkspaceDiscovery.Discover(paths.Length == 0 ? ["."] : paths, configuration, workspace.Root, workspace.Root);
        var builder = new ConfigGraphBuilder(discovered.Files.Select(f => SourceFileReader.Read(f, configuration.MaxFileSize)));
        var known = builder.Trees.Select(t => t.Path).ToHashSet(StringComparer.Ordinal);
        var context = new BindingContext(workspace.Root, settings ?? BindingSettings.Default, relative =>
        {
            var full = Path.Combine(workspace.Root, relative);
            return known.Contains(relative) || !File.Exists(full) || FormatDetector.Detect(Path.GetFileName(full)) is not { } format
                ? null
                : SourceFileReader.Read(new WorkspaceFile(full, relative, format, false), configuration.MaxFileSize);
        });
        foreach (var binder in Binders.Default)
        {
            binder.Bind(builder, context);
        }

        return builder.Build();
    }

    public static TerraformModel Model(this ConfigGraph graph) => graph.GetModel<TerraformModel>()!;
}
