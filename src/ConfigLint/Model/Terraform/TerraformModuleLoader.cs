using ConfigLint.Syntax;
using ConfigLint.Workspaces;

namespace ConfigLint.Model.Terraform;

/// <summary>
/// Runs before the format binders: loads what Terraform would read that discovery left out, so it gets file nodes
/// like any other file: the directories of local module calls (<c>source = "./modules/vpc"</c>), recursively and each
/// once (a cycle of calls ends), the variables files a root module loads by itself (<c>terraform.tfvars</c>,
/// <c>*.auto.tfvars</c>), and the <c>--var-file</c> files. Remote sources are not fetched.
/// </summary>
public sealed class TerraformModuleLoader : IBinder
{
    private const int MaxModuleDirectories = 256;

    /// <inheritdoc />
    public void Bind(ConfigGraphBuilder builder, BindingContext context)
    {
        var files = new TerraformWorkspaceFiles(context.WorkspaceRoot);
        var known = builder.Trees.Select(t => t.Path).ToHashSet(StringComparer.Ordinal);
        var visited = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Queue<string>();
        foreach (var tree in builder.Trees)
        {
            if (TerraformFiles.IsConfiguration(tree) && visited.Add(WorkspacePaths.DirectoryOf(tree.Path)))
            {
                pending.Enqueue(WorkspacePaths.DirectoryOf(tree.Path));
            }
        }

        foreach (var path in context.Settings.TerraformVarFiles)
        {
            Load(path);
        }

        while (pending.Count > 0)
        {
            context.CancellationToken.ThrowIfCancellationRequested();
            var directory = pending.Dequeue();
            foreach (var name in files.ListFiles(directory))
            {
                if (TerraformFiles.IsAutoLoaded(name))
                {
                    Load(WorkspacePaths.Combine(directory, name));
                }
            }

            foreach (var tree in builder.Trees.Where(t => TerraformFiles.IsConfiguration(t) && WorkspacePaths.DirectoryOf(t.Path) == directory).ToList())
            {
                if (TerraformBody.ForFile(tree) is not { } body)
                {
                    continue;
                }

                foreach (var call in body.GetBlocks("module"))
                {
                    if (call.Body.GetAttribute("source") is not { } source || !source.Expression.TryGetStaticString(out var text)
                        || TerraformFiles.ResolveLocalSource(directory, text) is not { } target
                        || visited.Count >= MaxModuleDirectories || !visited.Add(target))
                    {
                        continue;
                    }

                    foreach (var name in files.ListFiles(target))
                    {
                        if (TerraformFiles.IsConfigurationFile(name))
                        {
                            Load(WorkspacePaths.Combine(target, name));
                        }
                    }

                    pending.Enqueue(target);
                }
            }
        }

        void Load(string path)
        {
            if (known.Add(path) && context.LoadFile(path) is SyntaxTree tree)
            {
                builder.AddTree(tree);
            }
        }
    }
}
