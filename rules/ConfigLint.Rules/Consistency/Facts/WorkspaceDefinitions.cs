using System.Runtime.CompilerServices;
using ConfigLint.Model;
using ConfigLint.Model.Compose;
using ConfigLint.Model.Kubernetes;
using ConfigLint.Syntax.Dotenv;
using ConfigLint.Workspaces;

namespace ConfigLint.Rules.Consistency.Facts;

/// <summary>
/// What the workspace defines anywhere, for "defined nowhere" verdicts: every variable name an env file, a Compose
/// <c>environment</c>, a container's literal <c>env</c>, a ConfigMap or a Secret sets, and the ConfigMaps and Secrets that
/// something other than a manifest of their own produces (kustomize generators, ExternalSecrets, SealedSecrets) with the
/// keys they are known to hold. Computed once per graph.
/// </summary>
internal sealed class WorkspaceDefinitions
{
    private static readonly ConditionalWeakTable<ConfigGraph, WorkspaceDefinitions> Cache = [];

    private readonly HashSet<string> _names = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Kind, string Name), Produced> _produced = [];

    private WorkspaceDefinitions(ConfigGraph graph)
    {
        foreach (var node in graph.Nodes(NodeKind.DotenvEntry))
        {
            if (node.Properties.Contains("value"))
            {
                _names.Add(node.Name);
            }
        }

        if (graph.GetModel<ComposeModel>() is { } compose)
        {
            foreach (var service in compose.Projects.SelectMany(p => p.Services))
            {
                foreach (var variable in service.Environment)
                {
                    if (variable.Source == ComposeEnvironmentSource.Environment && variable.Value is not null)
                    {
                        _names.Add(variable.Name);
                    }
                }
            }
        }

        if (graph.GetModel<KubernetesModel>() is { } kubernetes)
        {
            AddKubernetes(graph, kubernetes);
        }
    }

    /// <summary>How a ConfigMap or Secret that has no manifest of its own is produced, and the keys it is known to hold.</summary>
    /// <param name="How">How a message names the producer: <c>ExternalSecret 'aia-db'</c>, <c>the secretGenerator of k8s/kustomization.yaml</c>.</param>
    /// <param name="Keys">The keys, or null when they cannot be known (<c>dataFrom</c>, a generator file outside the workspace).</param>
    public sealed record Produced(string How, HashSet<string>? Keys);

    /// <summary>The definitions of <paramref name="graph"/>.</summary>
    public static WorkspaceDefinitions Of(ConfigGraph graph) => Cache.GetValue(graph, static g => new WorkspaceDefinitions(g));

    /// <summary>True when something in the workspace sets a variable or key named <paramref name="name"/>.</summary>
    public bool Defines(string name) => _names.Contains(name);

    /// <summary>The producer of a ConfigMap or Secret (<paramref name="kind"/>) that has no manifest, or null.</summary>
    public Produced? ProducerOf(string kind, string name) => _produced.GetValueOrDefault((kind, name));

    private void AddKubernetes(ConfigGraph graph, KubernetesModel model)
    {
        foreach (var node in model.Objects)
        {
            switch (node.ObjectKind)
            {
                case "ConfigMap" or "Secret":
                    foreach (var entry in node.DataEntries)
                    {
                        _names.Add(entry.Key);
                    }

                    if (node.Path("binaryData") is ConfigObject binary)
                    {
                        foreach (var property in binary.Properties)
                        {
                            _names.Add(property.Name);
                        }
                    }

                    break;
                case "ExternalSecret" when node.ApiVersion.StartsWith("external-secrets.io/", StringComparison.Ordinal):
                    var keys = node.Path("spec", "dataFrom") is null ? new HashSet<string>(StringComparer.Ordinal) : null;
                    if (node.Path("spec", "data") is ConfigList data)
                    {
                        foreach (var item in data.Items)
                        {
                            if ((item as ConfigObject)?.GetString("secretKey") is { } key)
                            {
                                keys?.Add(key);
                                _names.Add(key);
                            }
                        }
                    }

                    var target = (node.Path("spec", "target") as ConfigObject)?.GetString("name") ?? node.Name;
                    _produced.TryAdd(("Secret", target), new Produced($"ExternalSecret '{node.Name}'", keys));
                    break;
                case "SealedSecret":
                    var sealedKeys = new HashSet<string>(StringComparer.Ordinal);
                    if (node.Path("spec", "encryptedData") is ConfigObject encrypted)
                    {
                        foreach (var property in encrypted.Properties)
                        {
                            sealedKeys.Add(property.Name);
                            _names.Add(property.Name);
                        }
                    }

                    var sealedName = (node.Path("spec", "template", "metadata") as ConfigObject)?.GetString("name") ?? node.Name;
                    _produced.TryAdd(("Secret", sealedName), new Produced($"SealedSecret '{node.Name}'", sealedKeys));
                    break;
            }

            foreach (var container in node.Containers)
            {
                foreach (var variable in container.Env)
                {
                    if (variable.ValueFrom is null && variable.Value is not null)
                    {
                        _names.Add(variable.Name);
                    }
                }
            }
        }

        foreach (var kustomization in model.Kustomizations)
        {
            AddGenerators(graph, kustomization, "configMapGenerator", "ConfigMap");
            AddGenerators(graph, kustomization, "secretGenerator", "Secret");
        }
    }

    private void AddGenerators(ConfigGraph graph, KustomizationNode kustomization, string field, string kind)
    {
        if (kustomization.Properties.Get(field) is not ConfigList generators)
        {
            return;
        }

        var directory = WorkspacePaths.DirectoryOf(kustomization.Tree.Path);
        foreach (var generator in generators.Items.OfType<ConfigObject>())
        {
            if (generator.GetString("name") is not { } name)
            {
                continue;
            }

            HashSet<string>? keys = new(StringComparer.Ordinal);
            foreach (var literal in Strings(generator.Get("literals")))
            {
                var equals = literal.IndexOf('=');
                if (equals > 0)
                {
                    keys.Add(literal[..equals]);
                    _names.Add(literal[..equals]);
                }
            }

            foreach (var file in Strings(generator.Get("files")))
            {
                var equals = file.IndexOf('=');
                keys.Add(equals > 0 ? file[..equals] : Path.GetFileName(file));
                _names.Add(equals > 0 ? file[..equals] : Path.GetFileName(file));
            }

            foreach (var envFile in Strings(generator.Get("envs")).Concat(Strings(generator.Get("env"))))
            {
                if (WorkspacePaths.Resolve(directory, envFile) is { } path && graph.FindTree(path) is DotenvSyntaxTree tree)
                {
                    foreach (var line in tree.Entries)
                    {
                        keys?.Add(line.Key!);
                        _names.Add(line.Key!);
                    }
                }
                else
                {
                    keys = null;
                }
            }

            _produced.TryAdd((kind, name), new Produced($"the {field} of {kustomization.Tree.Path}", keys));
        }
    }

    private static IEnumerable<string> Strings(ConfigValue? value) => value switch
    {
        ConfigScalar { Kind: not ScalarKind.Null } scalar => [scalar.Text],
        ConfigList list => list.Items.OfType<ConfigScalar>().Select(s => s.Text),
        _ => [],
    };
}
