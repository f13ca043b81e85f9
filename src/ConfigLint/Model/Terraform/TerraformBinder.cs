using System.Collections.Immutable;
using ConfigLint.Execution;
using ConfigLint.Model.Terraform.References;
using ConfigLint.Syntax;
using ConfigLint.Workspaces;

namespace ConfigLint.Model.Terraform;

/// <summary>
/// Binds every directory of <c>.tf</c>/<c>.tf.json</c> files as one module: a node for each declaration, a
/// <see cref="TerraformVariableValueNode"/> for each assignment of a variables file, edges for references
/// (<see cref="EdgeKind.References"/>), <c>depends_on</c> (<see cref="EdgeKind.DependsOn"/>), module calls
/// (<see cref="EdgeKind.Calls"/> to the called files) and variable values (<see cref="EdgeKind.Supplies"/>), and the
/// <see cref="TerraformModel"/>.
/// </summary>
public sealed class TerraformBinder : IBinder
{
    /// <inheritdoc />
    public void Bind(ConfigGraphBuilder builder, BindingContext context)
    {
        var model = new TerraformModel(context.Settings, context.WorkspaceRoot);
        var groups = builder.Trees.Where(TerraformFiles.IsConfiguration).GroupBy(t => WorkspacePaths.DirectoryOf(t.Path))
            .OrderBy(g => g.Key, StringComparer.Ordinal).ToList();

        // Building a module's nodes reads every block and expression; modules are independent, so that runs in
        // parallel and only adding to the (single-threaded) builder happens in order afterwards.
        var declared = ParallelWork.Map(groups, context.Parallelism, context.CancellationToken, group =>
        {
            var files = group.OrderBy(t => t.Path, StringComparer.Ordinal).ToImmutableArray();
            var module = new TerraformModule(model, group.Key, files);
            var ids = new Dictionary<string, int>(StringComparer.Ordinal);
            return (Module: module, Nodes: files.Select(tree => (Tree: tree, Nodes: DeclaredNodes(module, tree, ids))).ToList());
        });

        var modules = new Dictionary<string, TerraformModule>(StringComparer.Ordinal);
        foreach (var (module, files) in declared)
        {
            foreach (var (tree, nodes) in files)
            {
                var file = builder.FindNode(FileBinder.IdFor(tree));
                foreach (var node in nodes)
                {
                    builder.AddNode(node);
                    module.Add(node);
                    if (file is not null)
                    {
                        builder.AddEdge(new ConfigEdge(file, node, EdgeKind.Contains, node.Location));
                    }
                }
            }

            modules[module.Directory] = module;
        }

        var values = BindVariablesFiles(builder, modules);
        foreach (var module in modules.Values)
        {
            foreach (var call in module.AddedNodes.OfType<TerraformModuleCallNode>())
            {
                if (call.LocalDirectory is { } directory && modules.TryGetValue(directory, out var target))
                {
                    call.Target = target;
                    target.AddCaller(call);
                }
            }
        }

        foreach (var module in modules.Values)
        {
            module.Freeze();
        }

        var valuesByDirectory = values.ToLookup(v => WorkspacePaths.DirectoryOf(v.Tree.Path), StringComparer.Ordinal);
        var valuesByPath = values.ToLookup(v => v.Tree.Path, StringComparer.Ordinal);
        foreach (var module in modules.Values)
        {
            module.RootDirectories = RootDirectories(module);
            if (module.IsRoot)
            {
                module.VariableValues = AppliedValues(valuesByDirectory[module.Directory], valuesByPath, context.Settings);
            }
        }

        var links = ParallelWork.Map(modules.Values.ToList(), context.Parallelism, context.CancellationToken, module => Link(builder, module));
        foreach (var edges in links)
        {
            foreach (var edge in edges)
            {
                builder.AddEdge(edge);
            }
        }

        model.SetModules(modules.Values);
        model.VariableValues = [.. values];
        builder.SetModel(model);
    }

    // The nodes a file declares, in source order; ids count repeats across the module's files.
    private static List<TerraformNode> DeclaredNodes(TerraformModule module, SyntaxTree tree, Dictionary<string, int> ids)
    {
        var nodes = new List<TerraformNode>();
        if (TerraformBody.ForFile(tree) is not { } body)
        {
            return nodes;
        }

        string Id(string address)
        {
            var occurrence = ids[address] = ids.GetValueOrDefault(address) + 1;
            var id = module.Directory.Length == 0 ? "terraform:" + address : $"terraform:{module.Directory}/{address}";
            return occurrence == 1 ? id : $"{id}~{occurrence}";
        }

        foreach (var block in body.Blocks)
        {
            switch (block.Type)
            {
                case "resource" or "data" or "ephemeral" when block.Labels.Length == 2:
                    var mode = block.Type switch { "data" => TerraformResourceMode.Data, "ephemeral" => TerraformResourceMode.Ephemeral, _ => TerraformResourceMode.Managed };
                    nodes.Add(new TerraformResourceNode(Id(TerraformResourceNode.AddressOf(mode, block.Labels[0].Value, block.Labels[1].Value)), mode, module, block,
                        block.Labels[0].Value, block.Labels[1].Value, null));
                    break;
                case "module" when block.Labels.Length == 1:
                    nodes.Add(new TerraformModuleCallNode(Id("module." + block.Labels[0].Value), module, block, block.Labels[0].Value));
                    break;
                case "variable" when block.Labels.Length == 1:
                    nodes.Add(new TerraformVariableNode(Id("var." + block.Labels[0].Value), module, block, block.Labels[0].Value));
                    break;
                case "output" when block.Labels.Length == 1:
                    nodes.Add(new TerraformOutputNode(Id("output." + block.Labels[0].Value), module, block, block.Labels[0].Value));
                    break;
                case "provider" when block.Labels.Length == 1:
                    var alias = block.Body.GetAttribute("alias") is { } a && a.Expression.TryGetStaticString(out var text) ? text : null;
                    var name = block.Labels[0].Value;
                    nodes.Add(new TerraformProviderNode(Id(alias is null ? "provider." + name : $"provider.{name}.{alias}"), module, block, name, alias));
                    break;
                case "locals" when block.Labels.IsEmpty:
                    foreach (var attribute in block.Body.Attributes)
                    {
                        nodes.Add(new TerraformLocalNode(Id("local." + attribute.Name), module, block, attribute));
                    }

                    break;
                case "terraform" when block.Labels.IsEmpty:
                    var settings = new TerraformSettingsNode(Id("terraform"), module, block, "terraform");
                    nodes.Add(settings);
                    foreach (var nested in block.Body.Blocks)
                    {
                        if (nested.Type == "backend" && nested.Labels.Length == 1)
                        {
                            nodes.Add(new TerraformBackendNode(Id("terraform.backend." + nested.Labels[0].Value), module, nested, nested.Labels[0].Value, "terraform.backend." + nested.Labels[0].Value, settings));
                        }
                        else if (nested.Type == "cloud" && nested.Labels.IsEmpty)
                        {
                            nodes.Add(new TerraformBackendNode(Id("terraform.cloud"), module, nested, "cloud", "terraform.cloud", settings));
                        }
                    }

                    break;
                case "moved" or "import" or "removed" when block.Labels.IsEmpty:
                    nodes.Add(new TerraformMetaNode(Id(block.Type), module, block, block.Type));
                    break;
                case "check" when block.Labels.Length == 1:
                    nodes.Add(new TerraformMetaNode(Id("check." + block.Labels[0].Value), module, block, "check." + block.Labels[0].Value));
                    foreach (var data in block.Body.GetBlocks("data"))
                    {
                        if (data.Labels.Length == 2)
                        {
                            var address = TerraformResourceNode.AddressOf(TerraformResourceMode.Data, data.Labels[0].Value, data.Labels[1].Value);
                            nodes.Add(new TerraformResourceNode(Id($"check.{block.Labels[0].Value}.{address}"), TerraformResourceMode.Data, module, data,
                                data.Labels[0].Value, data.Labels[1].Value, block));
                        }
                    }

                    break;
            }
        }

        return nodes;
    }

    private static List<TerraformVariableValueNode> BindVariablesFiles(ConfigGraphBuilder builder, Dictionary<string, TerraformModule> modules)
    {
        var values = new List<TerraformVariableValueNode>();
        foreach (var tree in builder.Trees.Where(TerraformFiles.IsVariables).OrderBy(t => t.Path, StringComparer.Ordinal).ToList())
        {
            if (TerraformBody.ForVariablesFile(tree) is not { } body)
            {
                continue;
            }

            var module = modules.GetValueOrDefault(WorkspacePaths.DirectoryOf(tree.Path));
            var file = builder.FindNode(FileBinder.IdFor(tree));
            var seen = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var attribute in body.Attributes)
            {
                var occurrence = seen[attribute.Name] = seen.GetValueOrDefault(attribute.Name) + 1;
                var id = $"terraform:{tree.Path}#{attribute.Name}" + (occurrence == 1 ? string.Empty : $"~{occurrence}");
                var node = builder.AddNode(new TerraformVariableValueNode(id, module, attribute));
                values.Add(node);
                if (file is not null)
                {
                    builder.AddEdge(new ConfigEdge(file, node, EdgeKind.Contains, node.Location));
                }
            }
        }

        return values;
    }

    private static ImmutableArray<TerraformVariableValueNode> AppliedValues(IEnumerable<TerraformVariableValueNode> inDirectory,
        ILookup<string, TerraformVariableValueNode> valuesByPath, BindingSettings settings)
    {
        var applied = inDirectory
            .Where(v => TerraformFiles.IsAutoLoaded(v.Tree.Path))
            .OrderBy(v => TerraformFiles.AutoLoadedOrder(v.Tree.Path))
            .ThenBy(v => v.Tree.Path, StringComparer.Ordinal)
            .ToList();
        foreach (var path in settings.TerraformVarFiles)
        {
            applied.AddRange(valuesByPath[path]);
        }

        return [.. applied];
    }

    // The root modules a module is reached from, following its callers upward; a cycle of calls without a root reaches none.
    private static ImmutableArray<string> RootDirectories(TerraformModule module)
    {
        var roots = new SortedSet<string>(StringComparer.Ordinal);
        var visited = new HashSet<TerraformModule>();
        var pending = new Stack<TerraformModule>();
        pending.Push(module);
        while (pending.Count > 0)
        {
            var current = pending.Pop();
            if (!visited.Add(current))
            {
                continue;
            }

            if (current.IsRoot)
            {
                roots.Add(current.Directory);
            }

            foreach (var caller in current.Callers)
            {
                pending.Push(caller.Module!);
            }
        }

        return [.. roots];
    }

    // Reads the builder (file nodes) but does not write to it: the edges come back for the caller to add in order.
    private static List<ConfigEdge> Link(ConfigGraphBuilder builder, TerraformModule module)
    {
        var edges = new List<ConfigEdge>();
        foreach (var node in module.Nodes)
        {
            node.References = TerraformNodeReferences.Collect(node);
            foreach (var reference in node.References)
            {
                if (module.Resolve(reference) is not { } target)
                {
                    continue;
                }

                var kind = reference.Context == TerraformReferenceContext.DependsOn ? EdgeKind.DependsOn : EdgeKind.References;
                edges.Add(new ConfigEdge(node, target, kind, reference.Location));
                if (reference.Kind == TerraformReferenceKind.Module && reference.Attribute is { } output
                    && target is TerraformModuleCallNode { Target: { } called } && called.FindOutput(output) is { } outputNode)
                {
                    edges.Add(new ConfigEdge(node, outputNode, kind, reference.AttributeLocation.IsNone ? reference.Location : reference.AttributeLocation));
                }
            }

            if (node is TerraformModuleCallNode { Target: { } child } call)
            {
                foreach (var file in child.Files)
                {
                    if (builder.FindNode(FileBinder.IdFor(file)) is { } fileNode)
                    {
                        edges.Add(new ConfigEdge(call, fileNode, EdgeKind.Calls, call.Location));
                    }
                }

                foreach (var input in call.Inputs)
                {
                    if (child.FindVariable(input.Name) is { } variable)
                    {
                        edges.Add(new ConfigEdge(variable, call, EdgeKind.Supplies, input.Location));
                    }
                }
            }
        }

        foreach (var value in module.VariableValues)
        {
            if (module.FindVariable(value.Name) is { } variable)
            {
                edges.Add(new ConfigEdge(variable, value, EdgeKind.Supplies, value.Location));
            }
        }

        return edges;
    }
}
