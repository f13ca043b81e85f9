using ConfigLint.Execution;
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
        var configurationByDirectory = new Dictionary<string, List<SyntaxTree>>(StringComparer.Ordinal);
        foreach (var tree in builder.Trees)
        {
            if (TerraformFiles.IsConfiguration(tree))
            {
                AddConfiguration(tree);
                if (visited.Add(WorkspacePaths.DirectoryOf(tree.Path)))
                {
                    pending.Enqueue(WorkspacePaths.DirectoryOf(tree.Path));
                }
            }
        }

        // Reading a file's blocks is most of the cost and independent per file, so the discovered files are read in parallel.
        var discovered = configurationByDirectory.Values.SelectMany(t => t).ToList();
        var sourcesByTree = new Dictionary<SyntaxTree, List<string>>();
        foreach (var (tree, sources) in discovered.Zip(ParallelWork.Map(discovered, context.Parallelism, context.CancellationToken, ModuleSources)))
        {
            sourcesByTree[tree] = sources;
        }

        // The cap counts only directories discovery did not bring, so a large monorepo still follows its module calls.
        var moduleDirectoryLimit = visited.Count + MaxModuleDirectories;

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

            // A copy: loading a module directory adds to the lists while this one is read.
            foreach (var tree in configurationByDirectory.GetValueOrDefault(directory)?.ToArray() ?? [])
            {
                foreach (var text in sourcesByTree.TryGetValue(tree, out var sources) ? sources : ModuleSources(tree))
                {
                    if (TerraformFiles.ResolveLocalSource(directory, text) is not { } target
                        || visited.Count >= moduleDirectoryLimit || !visited.Add(target))
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
                if (TerraformFiles.IsConfiguration(tree))
                {
                    AddConfiguration(tree);
                }
            }
        }

        void AddConfiguration(SyntaxTree tree)
        {
            var directory = WorkspacePaths.DirectoryOf(tree.Path);
            if (!configurationByDirectory.TryGetValue(directory, out var trees))
            {
                configurationByDirectory[directory] = trees = [];
            }

            trees.Add(tree);
        }
    }

    // The static `source` of every module call in a file, in order.
    private static List<string> ModuleSources(SyntaxTree tree)
    {
        var sources = new List<string>();
        if (TerraformBody.ForFile(tree) is { } body)
        {
            foreach (var call in body.GetBlocks("module"))
            {
                if (call.Body.GetAttribute("source") is { } source && source.Expression.TryGetStaticString(out var text))
                {
                    sources.Add(text);
                }
            }
        }

        return sources;
    }
}
