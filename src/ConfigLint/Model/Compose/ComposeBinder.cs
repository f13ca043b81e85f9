using System.Collections.Immutable;
using ConfigLint.Model.Dotenv;
using ConfigLint.Model.Yaml;
using ConfigLint.Syntax;
using ConfigLint.Syntax.Dotenv;
using ConfigLint.Syntax.Yaml;
using ConfigLint.Text;
using ConfigLint.Workspaces;

namespace ConfigLint.Model.Compose;

/// <summary>
/// Binds Compose projects: interpolates each file from the project's <c>.env</c>, expands and merges the files,
/// and adds a <see cref="ComposeServiceNode"/> per service and a <see cref="NodeKind.ComposeResource"/> node per
/// top-level network, volume, secret and config, with edges: Contains (file to service), DependsOn (service to
/// service), EnvFile (service to the env file's file node) and Supplies (service to the <c>.env</c> entry a
/// <c>${VAR}</c> read). Registers the <see cref="ComposeModel"/>.
/// </summary>
public sealed class ComposeBinder : IBinder
{
    private static readonly string[] ResourceSections = ["networks", "volumes", "secrets", "configs"];

    /// <inheritdoc />
    public void Bind(ConfigGraphBuilder builder, BindingContext context)
    {
        var trees = builder.Trees.ToList();
        var entriesByTree = builder.Nodes.OfType<DotenvEntryNode>().GroupBy(n => n.Tree.Path, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        var treesByPath = trees.GroupBy(t => t.Path, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var projects = ImmutableArray.CreateBuilder<ComposeProject>();
        foreach (var files in ComposeFiles.Projects(trees))
        {
            context.CancellationToken.ThrowIfCancellationRequested();
            if (BindProject(builder, context, files, treesByPath, entriesByTree) is { } project)
            {
                projects.Add(project);
            }
        }

        builder.SetModel(new ComposeModel(projects.ToImmutable()));
    }

    private static ComposeProject? BindProject(ConfigGraphBuilder builder, BindingContext context, List<YamlSyntaxTree> files,
        Dictionary<string, SyntaxTree> treesByPath, Dictionary<string, List<DotenvEntryNode>> entriesByTree)
    {
        var directory = WorkspacePaths.DirectoryOf(files[0].Path);
        var dotenv = treesByPath.GetValueOrDefault(WorkspacePaths.Combine(directory, ".env")) as DotenvSyntaxTree;
        var variables = ReadVariables(dotenv, entriesByTree);
        var converters = new List<YamlValueConverter>();
        var texts = files.ToDictionary(f => f.Path, f => f.Text, StringComparer.Ordinal);
        SourceText? TextOf(string path) => texts.GetValueOrDefault(path);
        string? TagOf(ConfigValue value)
        {
            foreach (var converter in converters)
            {
                if (converter.SourceOf(value) is { } source)
                {
                    return source.Tag;
                }
            }

            return null;
        }

        // Interpolation is applied per file, before merging (12-interpolation.md).
        ConfigObject? root = null;
        foreach (var file in files)
        {
            var converter = new YamlValueConverter(file, (scalar, location) => Interpolate(file, scalar, location, variables));
            converters.Add(converter);
            foreach (var document in file.Documents)
            {
                if (document.Root is { } node && converter.Convert(node) is ConfigObject value)
                {
                    var expanded = ComposeExpansion.ExpandRoot(value, TextOf);
                    root = root is null ? expanded : ComposeMerge.Merge(root, expanded, TagOf);
                }
            }
        }

        if (root is null)
        {
            return null;
        }

        var project = new ComposeProject(directory, [.. files], dotenv, root, variables);
        var services = ImmutableArray.CreateBuilder<ComposeServiceNode>();
        if (root.Get("services") is ConfigObject serviceMap)
        {
            foreach (var property in serviceMap.Properties)
            {
                if (property.Value is not ConfigObject service)
                {
                    continue;
                }

                var tree = files.FirstOrDefault(f => f.Path == property.NameLocation.Path) ?? files[0];
                var envFiles = ReadEnvFiles(service, directory, context, treesByPath);
                var environment = Environment(service, envFiles, entriesByTree);
                var node = builder.AddNode(new ComposeServiceNode(NodeIds.Unique(builder, $"compose:{tree.Path}#services.{property.Name}"), tree,
                    property.Name, property.NameLocation, service, project, envFiles, environment));
                services.Add(node);
                AddEdges(builder, node, tree);
            }
        }

        project.Services = services.ToImmutable();
        foreach (var service in project.Services)
        {
            foreach (var dependency in service.DependsOn)
            {
                if (project.FindService(dependency.Service) is { } target)
                {
                    builder.AddEdge(new ConfigEdge(service, target, EdgeKind.DependsOn, dependency.Location));
                }
            }
        }

        AddResources(builder, root, files);
        return project;
    }

    private static void AddEdges(ConfigGraphBuilder builder, ComposeServiceNode node, SyntaxTree tree)
    {
        if (builder.FindNode(FileBinder.IdFor(tree)) is { } file)
        {
            builder.AddEdge(new ConfigEdge(file, node, EdgeKind.Contains, node.Location));
        }

        foreach (var envFile in node.EnvFiles)
        {
            if (envFile.Tree is not null && builder.FindNode(FileBinder.IdFor(envFile.Tree)) is { } target)
            {
                builder.AddEdge(new ConfigEdge(node, target, EdgeKind.EnvFile, envFile.Location));
            }
        }

        foreach (var use in ComposeValues.Variables(node.Properties))
        {
            if (use.Source is { } entry)
            {
                builder.AddEdge(new ConfigEdge(node, entry, EdgeKind.Supplies, use.Location));
            }
        }
    }

    private static void AddResources(ConfigGraphBuilder builder, ConfigObject root, List<YamlSyntaxTree> files)
    {
        foreach (var section in ResourceSections)
        {
            if (root.Get(section) is not ConfigObject resources)
            {
                continue;
            }

            foreach (var property in resources.Properties)
            {
                var tree = files.FirstOrDefault(f => f.Path == property.NameLocation.Path) ?? files[0];
                var properties = property.Value as ConfigObject ?? new ConfigObject(property.Value.Location, []);
                var node = builder.AddNode(new ConfigNode(NodeIds.Unique(builder, $"compose:{tree.Path}#{section}.{property.Name}"), NodeKind.ComposeResource, tree,
                    section[..^1], property.Name, property.NameLocation, properties));
                if (builder.FindNode(FileBinder.IdFor(tree)) is { } file)
                {
                    builder.AddEdge(new ConfigEdge(file, node, EdgeKind.Contains, node.Location));
                }
            }
        }
    }

    // .env as Compose reads it for interpolation: later lines win, and a value may use the variables above it.
    private static Dictionary<string, ComposeVariable> ReadVariables(DotenvSyntaxTree? dotenv, Dictionary<string, List<DotenvEntryNode>> entriesByTree)
    {
        var variables = new Dictionary<string, ComposeVariable>(StringComparer.Ordinal);
        if (dotenv is null || !entriesByTree.TryGetValue(dotenv.Path, out var entries))
        {
            return variables;
        }

        foreach (var entry in entries)
        {
            if (entry.Value is not { } value)
            {
                variables.Remove(entry.Key);
                continue;
            }

            if (entry.Line.Quote != DotenvQuote.Single && ComposeInterpolation.NeedsInterpolation(value))
            {
                value = ComposeInterpolation.Interpolate(entry.ValueLocation, value, name => variables.GetValueOrDefault(name), (_, _) => entry.ValueLocation).Value;
            }

            variables[entry.Key] = new ComposeVariable(entry.Key, value, entry);
        }

        return variables;
    }

    private static ComposeInterpolatedValue? Interpolate(YamlSyntaxTree file, YamlScalar scalar, Location location, Dictionary<string, ComposeVariable> variables) =>
        ComposeInterpolation.NeedsInterpolation(scalar.Value)
            ? ComposeInterpolation.Interpolate(location, scalar.Value, name => variables.GetValueOrDefault(name),
                (start, length) => ValueSlices.Slice(file.Text, location, scalar.Value, start, length))
            : null;

    private static ImmutableArray<ComposeEnvFile> ReadEnvFiles(ConfigObject service, string directory, BindingContext context, Dictionary<string, SyntaxTree> treesByPath)
    {
        if (service.Get("env_file") is not ConfigList list)
        {
            return [];
        }

        var result = ImmutableArray.CreateBuilder<ComposeEnvFile>(list.Items.Length);
        foreach (var item in list.Items)
        {
            var entry = item as ConfigObject;
            var pathValue = entry is null ? item : entry.Get("path");
            if (ComposeValues.Text(pathValue) is not { Length: > 0 } path || ComposeValues.IsUnresolved(pathValue))
            {
                continue;
            }

            var resolved = RelativePaths.Resolve(directory, path) is { Length: > 0 } relative ? relative : null;
            var envFile = new ComposeEnvFile(path, resolved, !ComposeValues.IsFalse(entry?.Get("required")), ComposeValues.Text(entry?.Get("format")), pathValue!.Location);
            if (resolved is null)
            {
                result.Add(envFile);
            }
            else if (treesByPath.TryGetValue(resolved, out var tree))
            {
                result.Add(envFile with { Exists = true, Tree = tree as DotenvSyntaxTree });
            }
            else
            {
                result.Add(envFile with { Exists = File.Exists(WorkspacePaths.ToFull(context.WorkspaceRoot, resolved)) });
            }
        }

        return result.ToImmutable();
    }

    // Env files in order (a later file wins), then `environment` over them, even when its value is empty (05-services.md).
    private static ImmutableArray<ComposeEnvironmentVariable> Environment(ConfigObject service, ImmutableArray<ComposeEnvFile> envFiles,
        Dictionary<string, List<DotenvEntryNode>> entriesByTree)
    {
        var order = new List<string>();
        var variables = new Dictionary<string, ComposeEnvironmentVariable>(StringComparer.Ordinal);
        void Set(ComposeEnvironmentVariable variable)
        {
            if (!variables.ContainsKey(variable.Name))
            {
                order.Add(variable.Name);
            }

            variables[variable.Name] = variable;
        }

        foreach (var envFile in envFiles)
        {
            if (envFile.Tree is null || !entriesByTree.TryGetValue(envFile.Tree.Path, out var entries))
            {
                continue;
            }

            foreach (var entry in entries)
            {
                Set(new ComposeEnvironmentVariable(entry.Key, entry.Value, entry.Location, entry.ValueLocation, ComposeEnvironmentSource.EnvFile)
                {
                    EnvFile = envFile,
                    Entry = entry,
                });
            }
        }

        if (service.Get("environment") is ConfigObject environment)
        {
            foreach (var property in environment.Properties)
            {
                Set(new ComposeEnvironmentVariable(property.Name, ComposeValues.Text(property.Value), property.NameLocation, property.Value.Location,
                    ComposeEnvironmentSource.Environment) { RawValue = property.Value });
            }
        }

        return [.. order.Select(name => variables[name])];
    }
}
