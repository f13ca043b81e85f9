using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using System.Text.Unicode;
using ConfigLint.Model.Yaml;
using ConfigLint.Syntax;
using ConfigLint.Syntax.Yaml;
using ConfigLint.Text;
using ConfigLint.Workspaces;

namespace ConfigLint.Model.Kubernetes;

/// <summary>
/// Binds Kubernetes manifests and kustomizations: a <see cref="KubernetesObjectNode"/> for every document with
/// <c>apiVersion</c> and <c>kind</c> (items of a <c>List</c> too; unknown kinds stay generic objects), a
/// <see cref="KubernetesContainerNode"/> for every container and init container of a workload, and edges: Contains
/// (file to object, workload to container), EnvFrom (container to ConfigMap/Secret), Mounts (workload to volume
/// sources), References (workload to image pull secrets, Ingress to backend Service) and Selects (Service to
/// workload), all within a namespace.
/// Kustomization <c>namespace</c> and <c>images:</c> apply to the files a build includes.
/// </summary>
public sealed class KubernetesBinder : IBinder
{
    private static readonly string[] KustomizationNames = ["kustomization.yaml", "kustomization.yml", "Kustomization"];

    /// <inheritdoc />
    public void Bind(ConfigGraphBuilder builder, BindingContext context)
    {
        var kustomizations = BindKustomizations(builder);
        var objects = ImmutableArray.CreateBuilder<KubernetesObjectNode>();
        foreach (var tree in builder.Trees.OfType<YamlSyntaxTree>().Where(t => t.Format == ConfigFormat.Kubernetes).OrderBy(t => t.Path, StringComparer.Ordinal))
        {
            context.CancellationToken.ThrowIfCancellationRequested();
            var converter = new YamlValueConverter(tree);
            var fileNode = builder.FindNode(FileBinder.IdFor(tree));
            foreach (var document in tree.Documents)
            {
                if (document.RootMapping is not { } root)
                {
                    continue;
                }

                if (Scalar(root, "kind") == "List" && root.Get("items") is YamlSequence items)
                {
                    foreach (var item in items.Items)
                    {
                        if (item.Resolve() is YamlMapping itemMapping)
                        {
                            AddObject(builder, tree, document, itemMapping, converter, fileNode, objects);
                        }
                    }

                    continue;
                }

                AddObject(builder, tree, document, root, converter, fileNode, objects);
            }
        }

        ApplyKustomizations(kustomizations, objects);
        var model = new KubernetesModel(objects.ToImmutable(), kustomizations);
        Link(builder, model);
        builder.SetModel(model);
    }

    private static void AddObject(ConfigGraphBuilder builder, YamlSyntaxTree tree, YamlDocument document, YamlMapping mapping, YamlValueConverter converter,
        ConfigNode? fileNode, ImmutableArray<KubernetesObjectNode>.Builder objects)
    {
        if (Scalar(mapping, "apiVersion") is not { } apiVersion || Scalar(mapping, "kind") is not { } kind
            || converter.Convert(mapping) is not ConfigObject properties)
        {
            return;
        }

        var metadata = properties.Get("metadata") as ConfigObject;
        var name = metadata?.GetString("name") ?? metadata?.GetString("generateName") ?? string.Empty;
        var writtenNamespace = metadata?.GetString("namespace");
        var location = metadata?.Get("name")?.Location ?? properties.GetProperty("kind")!.Location;
        var scope = KubernetesKinds.IsClusterScoped(kind) ? string.Empty : (writtenNamespace ?? "default") + "/";
        var id = NodeIds.Unique(builder, $"k8s:{tree.Path}#{apiVersion}/{kind}/{scope}{name}");
        var node = builder.AddNode(new KubernetesObjectNode(id, tree, document, apiVersion, kind, name, writtenNamespace, location, properties));
        objects.Add(node);
        if (fileNode is not null)
        {
            builder.AddEdge(new ConfigEdge(fileNode, node, EdgeKind.Contains, location));
        }

        if (node.PodSpec is { } podSpec)
        {
            node.Containers = [.. Containers(builder, node, podSpec, "initContainers"), .. Containers(builder, node, podSpec, "containers")];
            node.PodReferences = PodReferences(podSpec);
        }

        switch (kind)
        {
            case "Service":
                node.ServicePorts = ServicePorts(node);
                break;
            case "ConfigMap":
                node.DataEntries = DataEntries(properties.Get("data"), isBase64: false);
                break;
            case "Ingress":
                node.IngressBackends = IngressBackends(node);
                break;
            case "Secret":
                node.DataEntries = [.. DataEntries(properties.Get("data"), isBase64: true), .. DataEntries(properties.Get("stringData"), isBase64: false)];
                break;
        }
    }

    private static IEnumerable<KubernetesContainerNode> Containers(ConfigGraphBuilder builder, KubernetesObjectNode workload, ConfigObject podSpec, string field)
    {
        if (podSpec.Get(field) is not ConfigList list)
        {
            yield break;
        }

        var isInit = field == "initContainers";
        foreach (var item in list.Items)
        {
            if (item is not ConfigObject container)
            {
                continue;
            }

            var name = container.GetString("name") ?? string.Empty;
            var location = container.Get("name")?.Location ?? container.Location;
            var node = builder.AddNode(new KubernetesContainerNode(NodeIds.Unique(builder, $"{workload.Id}/{field}/{name}"), workload.Tree, name, location, container, workload, isInit)
            {
                Ports = ContainerPorts(container),
                Env = EnvVars(container),
                References = ContainerReferences(container),
            });
            builder.AddEdge(new ConfigEdge(workload, node, EdgeKind.Contains, location));
            yield return node;
        }
    }

    private static ImmutableArray<KubernetesContainerPort> ContainerPorts(ConfigObject container) =>
        container.Get("ports") is ConfigList ports
            ? [.. ports.Items.OfType<ConfigObject>().Select(p => new KubernetesContainerPort(p.GetString("name"), Int(p.Get("containerPort")), p.GetString("protocol") ?? "TCP", p.Location))]
            : [];

    private static ImmutableArray<KubernetesEnvVar> EnvVars(ConfigObject container)
    {
        if (container.Get("env") is not ConfigList env)
        {
            return [];
        }

        var result = ImmutableArray.CreateBuilder<KubernetesEnvVar>();
        foreach (var item in env.Items.OfType<ConfigObject>())
        {
            if (item.GetString("name") is not { } name)
            {
                continue;
            }

            var value = item.Get("value");
            result.Add(new KubernetesEnvVar(name, item.Get("name")!.Location, (value as ConfigScalar) is { Kind: not ScalarKind.Null } s ? s.Text : null, value?.Location)
            {
                ValueFrom = KeyReference(item.Get("valueFrom") as ConfigObject),
            });
        }

        return result.ToImmutable();
    }

    private static ImmutableArray<KubernetesReference> ContainerReferences(ConfigObject container)
    {
        var result = ImmutableArray.CreateBuilder<KubernetesReference>();
        if (container.Get("envFrom") is ConfigList envFrom)
        {
            foreach (var item in envFrom.Items.OfType<ConfigObject>())
            {
                AddReference(result, item.Get("configMapRef") as ConfigObject, KubernetesReferenceTarget.ConfigMap, KubernetesReferenceVia.EnvFrom, "name");
                AddReference(result, item.Get("secretRef") as ConfigObject, KubernetesReferenceTarget.Secret, KubernetesReferenceVia.EnvFrom, "name");
            }
        }

        foreach (var variable in EnvVars(container))
        {
            if (variable.ValueFrom is { } reference)
            {
                result.Add(reference);
            }
        }

        return result.ToImmutable();
    }

    private static KubernetesReference? KeyReference(ConfigObject? valueFrom)
    {
        foreach (var (field, target) in new[] { ("configMapKeyRef", KubernetesReferenceTarget.ConfigMap), ("secretKeyRef", KubernetesReferenceTarget.Secret) })
        {
            if (valueFrom?.Get(field) is ConfigObject keyRef && keyRef.GetString("name") is { } name)
            {
                return new KubernetesReference(target, KubernetesReferenceVia.ValueFrom, name, keyRef.Get("name")!.Location)
                {
                    Key = keyRef.GetString("key"),
                    KeyLocation = keyRef.Get("key")?.Location,
                    Optional = (keyRef.Get("optional") as ConfigScalar)?.IsTrue == true,
                };
            }
        }

        return null;
    }

    private static void AddReference(ImmutableArray<KubernetesReference>.Builder result, ConfigObject? source, KubernetesReferenceTarget target, KubernetesReferenceVia via, string nameField)
    {
        if (source?.GetString(nameField) is not { } name)
        {
            return;
        }

        var optional = (source.Get("optional") as ConfigScalar)?.IsTrue == true;
        var items = source.Get("items") as ConfigList;
        if (items is null || items.Items.IsEmpty)
        {
            result.Add(new KubernetesReference(target, via, name, source.Get(nameField)!.Location) { Optional = optional });
            return;
        }

        foreach (var item in items.Items.OfType<ConfigObject>())
        {
            result.Add(new KubernetesReference(target, via, name, source.Get(nameField)!.Location)
            {
                Key = item.GetString("key"),
                KeyLocation = item.Get("key")?.Location,
                Optional = optional,
            });
        }
    }

    private static ImmutableArray<KubernetesReference> PodReferences(ConfigObject podSpec)
    {
        var result = ImmutableArray.CreateBuilder<KubernetesReference>();
        if (podSpec.Get("volumes") is ConfigList volumes)
        {
            foreach (var volume in volumes.Items.OfType<ConfigObject>())
            {
                AddReference(result, volume.Get("configMap") as ConfigObject, KubernetesReferenceTarget.ConfigMap, KubernetesReferenceVia.Volume, "name");
                AddReference(result, volume.Get("secret") as ConfigObject, KubernetesReferenceTarget.Secret, KubernetesReferenceVia.Volume, "secretName");
                AddReference(result, volume.Get("persistentVolumeClaim") as ConfigObject, KubernetesReferenceTarget.PersistentVolumeClaim, KubernetesReferenceVia.Volume, "claimName");
                if ((volume.Get("projected") as ConfigObject)?.Get("sources") is ConfigList sources)
                {
                    foreach (var source in sources.Items.OfType<ConfigObject>())
                    {
                        AddReference(result, source.Get("configMap") as ConfigObject, KubernetesReferenceTarget.ConfigMap, KubernetesReferenceVia.Volume, "name");
                        AddReference(result, source.Get("secret") as ConfigObject, KubernetesReferenceTarget.Secret, KubernetesReferenceVia.Volume, "name");
                    }
                }
            }
        }

        if (podSpec.Get("imagePullSecrets") is ConfigList pullSecrets)
        {
            foreach (var secret in pullSecrets.Items.OfType<ConfigObject>())
            {
                AddReference(result, secret, KubernetesReferenceTarget.Secret, KubernetesReferenceVia.ImagePullSecret, "name");
            }
        }

        return result.ToImmutable();
    }

    private static ImmutableArray<KubernetesServicePort> ServicePorts(KubernetesObjectNode service)
    {
        if (service.Path("spec", "ports") is not ConfigList ports)
        {
            return [];
        }

        var result = ImmutableArray.CreateBuilder<KubernetesServicePort>();
        foreach (var port in ports.Items.OfType<ConfigObject>())
        {
            var target = port.Get("targetPort") as ConfigScalar;
            var isName = target is { Kind: ScalarKind.String } && target.Text.AsSpan().ContainsAnyExceptInRange('0', '9');
            result.Add(new KubernetesServicePort(port.GetString("name"), Int(port.Get("port")), target?.Text, isName, port.Location, target?.Location));
        }

        return result.ToImmutable();
    }

    private static ImmutableArray<KubernetesIngressBackend> IngressBackends(KubernetesObjectNode ingress)
    {
        var result = ImmutableArray.CreateBuilder<KubernetesIngressBackend>();
        AddBackend(result, ingress.Path("spec", "defaultBackend") as ConfigObject, host: null, path: null);
        if (ingress.Path("spec", "rules") is ConfigList rules)
        {
            foreach (var rule in rules.Items.OfType<ConfigObject>())
            {
                if ((rule.Get("http") as ConfigObject)?.Get("paths") is not ConfigList paths)
                {
                    continue;
                }

                foreach (var path in paths.Items.OfType<ConfigObject>())
                {
                    AddBackend(result, path.Get("backend") as ConfigObject, rule.GetString("host"), path.GetString("path"));
                }
            }
        }

        return result.ToImmutable();
    }

    private static void AddBackend(ImmutableArray<KubernetesIngressBackend>.Builder result, ConfigObject? backend, string? host, string? path)
    {
        if (backend?.Get("service") is not ConfigObject service || service.GetString("name") is not { } name)
        {
            return;
        }

        var port = service.Get("port") as ConfigObject;
        result.Add(new KubernetesIngressBackend(name, service.Get("name")!.Location, Int(port?.Get("number")), port?.GetString("name")) { Host = host, Path = path });
    }

    private static ImmutableArray<KubernetesDataEntry> DataEntries(ConfigValue? data, bool isBase64)
    {
        if (data is not ConfigObject map)
        {
            return [];
        }

        var result = ImmutableArray.CreateBuilder<KubernetesDataEntry>(map.Properties.Length);
        foreach (var property in map.Properties)
        {
            var text = (property.Value as ConfigScalar) is { Kind: not ScalarKind.Null } scalar ? scalar.Text : null;
            if (!isBase64)
            {
                result.Add(new KubernetesDataEntry(property.Name, property.NameLocation, text, property.Value.Location, IsBase64: false));
                continue;
            }

            var decoded = Decode(text, out var valid);
            result.Add(new KubernetesDataEntry(property.Name, property.NameLocation, decoded, property.Value.Location, IsBase64: true) { IsValidBase64 = valid });
        }

        return result.ToImmutable();
    }

    private static string? Decode(string? text, out bool valid)
    {
        valid = true;
        if (text is null)
        {
            return null;
        }

        var buffer = new byte[text.Length];
        if (!Convert.TryFromBase64String(text, buffer, out var written))
        {
            valid = false;
            return null;
        }

        var bytes = buffer.AsSpan(0, written);
        return Utf8.IsValid(bytes) ? Encoding.UTF8.GetString(bytes) : null;
    }

    private static ImmutableArray<KustomizationNode> BindKustomizations(ConfigGraphBuilder builder)
    {
        var result = ImmutableArray.CreateBuilder<KustomizationNode>();
        foreach (var tree in builder.Trees.OfType<YamlSyntaxTree>().Where(t => t.Format == ConfigFormat.Kustomization).OrderBy(t => t.Path, StringComparer.Ordinal))
        {
            var document = tree.Documents.FirstOrDefault(d => d.RootMapping is not null);
            if (document is null || new YamlValueConverter(tree).Convert(document.Root!) is not ConfigObject properties)
            {
                continue;
            }

            var images = properties.Get("images") is ConfigList list
                ? list.Items.OfType<ConfigObject>().Where(i => i.GetString("name") is not null)
                    .Select(i => new KustomizeImage(i.GetString("name")!, i.GetString("newName"), i.GetString("newTag"), i.GetString("digest"), i.Location))
                    .ToImmutableArray()
                : [];
            var location = properties.Properties.IsEmpty ? Location.FileStart(tree.Path) : properties.Properties[0].NameLocation;
            var node = builder.AddNode(new KustomizationNode($"kustomize:{tree.Path}", tree, location, properties, images));
            result.Add(node);
            if (builder.FindNode(FileBinder.IdFor(tree)) is { } file)
            {
                builder.AddEdge(new ConfigEdge(file, node, EdgeKind.Contains, location));
            }
        }

        return result.ToImmutable();
    }

    // Kustomize applies a base's transformers before its overlay's: walk from each top-level kustomization down,
    // collecting for every file the chain of kustomizations from the innermost to the outermost.
    private static void ApplyKustomizations(ImmutableArray<KustomizationNode> kustomizations, ImmutableArray<KubernetesObjectNode>.Builder objects)
    {
        if (kustomizations.IsEmpty)
        {
            return;
        }

        var byDirectory = kustomizations.ToDictionary(k => WorkspacePaths.DirectoryOf(k.Tree.Path), StringComparer.Ordinal);
        var direct = kustomizations.ToDictionary(k => k, k => DirectResources(k, byDirectory));
        var included = direct.Values.SelectMany(d => d.Kustomizations).ToHashSet();
        var chains = new Dictionary<string, List<List<KustomizationNode>>>(StringComparer.Ordinal);
        foreach (var top in kustomizations.Where(k => !included.Contains(k)))
        {
            Walk(top, [], 0);
        }

        foreach (var kustomization in kustomizations)
        {
            kustomization.Files = [.. chains.Where(c => c.Value.Any(chain => chain.Contains(kustomization))).Select(c => c.Key).Order(StringComparer.Ordinal)];
        }

        foreach (var node in objects)
        {
            if (!chains.TryGetValue(node.Tree.Path, out var fileChains))
            {
                continue;
            }

            node.Namespace = KubernetesKinds.IsClusterScoped(node.ObjectKind)
                ? null
                : fileChains[0].LastOrDefault(k => k.Namespace is not null)?.Namespace ?? node.Namespace;
            foreach (var container in node.Containers)
            {
                if (ImageReference.Parse(container.Image) is not { } written)
                {
                    continue;
                }

                var images = new List<string>();
                foreach (var chain in fileChains)
                {
                    var image = written;
                    var changed = false;
                    foreach (var kustomization in chain)
                    {
                        foreach (var rewrite in kustomization.Images)
                        {
                            if (rewrite.Apply(image) is { } result && ImageReference.Parse(result) is { } parsed)
                            {
                                image = parsed;
                                changed = true;
                            }
                        }
                    }

                    if (changed && !images.Contains(image.Text))
                    {
                        images.Add(image.Text);
                    }
                }

                container.KustomizedImages = [.. images];
            }
        }

        void Walk(KustomizationNode kustomization, List<KustomizationNode> outer, int depth)
        {
            if (depth > 16 || outer.Contains(kustomization))
            {
                return;
            }

            var chain = new List<KustomizationNode> { kustomization };
            chain.AddRange(outer);
            var (files, children) = direct[kustomization];
            foreach (var file in files)
            {
                if (!chains.TryGetValue(file, out var list))
                {
                    chains[file] = list = [];
                }

                list.Add(chain);
            }

            foreach (var child in children)
            {
                Walk(child, chain, depth + 1);
            }
        }
    }

    private static (List<string> Files, List<KustomizationNode> Kustomizations) DirectResources(KustomizationNode kustomization, Dictionary<string, KustomizationNode> byDirectory)
    {
        var directory = WorkspacePaths.DirectoryOf(kustomization.Tree.Path);
        var files = new List<string>();
        var children = new List<KustomizationNode>();
        foreach (var field in new[] { "resources", "bases" })
        {
            if (kustomization.Properties.Get(field) is not ConfigList list)
            {
                continue;
            }

            foreach (var entry in list.Items.OfType<ConfigScalar>())
            {
                if (entry.Text.Contains("://", StringComparison.Ordinal) || RelativePaths.Resolve(directory, entry.Text) is not { } path)
                {
                    continue;
                }

                if (byDirectory.TryGetValue(path, out var child))
                {
                    children.Add(child);
                }
                else if (!KustomizationNames.Contains(Path.GetFileName(path)))
                {
                    files.Add(path);
                }
            }
        }

        return (files, children);
    }

    private static void Link(ConfigGraphBuilder builder, KubernetesModel model)
    {
        foreach (var node in model.Objects)
        {
            foreach (var container in node.Containers)
            {
                foreach (var reference in container.References)
                {
                    if (model.Resolve(reference, node.Namespace) is { } target)
                    {
                        builder.AddEdge(new ConfigEdge(container, target, EdgeKind.EnvFrom, reference.NameLocation));
                    }
                }
            }

            foreach (var reference in node.PodReferences)
            {
                if (model.Resolve(reference, node.Namespace) is { } target)
                {
                    var kind = reference.Via == KubernetesReferenceVia.ImagePullSecret ? EdgeKind.References : EdgeKind.Mounts;
                    builder.AddEdge(new ConfigEdge(node, target, kind, reference.NameLocation));
                }
            }

            foreach (var backend in node.IngressBackends)
            {
                if (model.Find(node.Namespace, "Service", backend.Service) is { } service)
                {
                    builder.AddEdge(new ConfigEdge(node, service, EdgeKind.References, backend.Location));
                }
            }

            if (node.Selector is { Properties.IsEmpty: false } selector)
            {
                foreach (var workload in model.WorkloadsSelectedBy(node.Namespace, selector))
                {
                    builder.AddEdge(new ConfigEdge(node, workload, EdgeKind.Selects, selector.Location));
                }
            }
        }
    }

    private static int? Int(ConfigValue? value) =>
        value is ConfigScalar scalar && int.TryParse(scalar.Text, NumberStyles.None, CultureInfo.InvariantCulture, out var number) ? number : null;

    private static string? Scalar(YamlMapping mapping, string key) => (mapping.Get(key) as YamlScalar)?.Value;
}
