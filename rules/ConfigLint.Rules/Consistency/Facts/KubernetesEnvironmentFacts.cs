using System.Collections.Immutable;
using ConfigLint.Model;
using ConfigLint.Model.Kubernetes;

namespace ConfigLint.Rules.Consistency.Facts;

/// <summary>
/// Kubernetes containers with the environment the kubelet gives them: <c>envFrom</c> sources in order (with their
/// <c>prefix</c>), then <c>env</c> over them, <c>valueFrom</c> keys resolved to the ConfigMap or Secret of the namespace.
/// The other keys of the objects a container references are kept as <see cref="EnvironmentConsumer.Unread"/>.
/// </summary>
internal sealed class KubernetesEnvironmentFacts : IEnvironmentSource
{
    private static readonly (string Field, string Kind)[] EnvFromFields = [("configMapRef", "ConfigMap"), ("secretRef", "Secret")];

    /// <inheritdoc />
    public IEnumerable<EnvironmentConsumer> Consumers(ConfigGraph graph)
    {
        if (graph.GetModel<KubernetesModel>() is not { } model)
        {
            yield break;
        }

        foreach (var workload in model.Objects)
        {
            foreach (var container in workload.Containers)
            {
                yield return Consumer(model, workload, container);
            }
        }
    }

    private static EnvironmentConsumer Consumer(KubernetesModel model, KubernetesObjectNode workload, KubernetesContainerNode container)
    {
        var order = new List<string>();
        var variables = new Dictionary<string, EnvironmentValue>(StringComparer.Ordinal);
        var read = new HashSet<(KubernetesObjectNode, string)>();
        void Set(EnvironmentValue value)
        {
            if (!variables.ContainsKey(value.Name))
            {
                order.Add(value.Name);
            }

            variables[value.Name] = value;
        }

        if (container.Properties.Get("envFrom") is ConfigList envFrom)
        {
            foreach (var item in envFrom.Items)
            {
                if (item is not ConfigObject source)
                {
                    continue;
                }

                var prefix = source.GetString("prefix") ?? string.Empty;
                foreach (var (field, kind) in EnvFromFields)
                {
                    if ((source.Get(field) as ConfigObject)?.GetString("name") is not { } name || model.Find(workload.Namespace, kind, name) is not { } target)
                    {
                        continue;
                    }

                    foreach (var entry in target.DataEntries)
                    {
                        read.Add((target, entry.Key));
                        Set(new EnvironmentValue(prefix + entry.Key, entry.Value, entry.ValueLocation, $"{kind} '{name}'", kind == "Secret"));
                    }
                }
            }
        }

        foreach (var variable in container.Env)
        {
            if (variable.ValueFrom is not { } reference)
            {
                Set(new EnvironmentValue(variable.Name, variable.Value, variable.ValueLocation ?? variable.NameLocation,
                    $"the env of container '{container.Name}'", IsSecret: false));
                continue;
            }

            var kind = reference.Target == KubernetesReferenceTarget.Secret ? "Secret" : "ConfigMap";
            var origin = $"{kind} '{reference.Name}'";
            var target = model.Resolve(reference, workload.Namespace);
            var entry = target is null || reference.Key is null ? null : target.DataEntries.FirstOrDefault(e => e.Key == reference.Key);
            if (target is not null && entry is not null)
            {
                read.Add((target, entry.Key));
                Set(new EnvironmentValue(variable.Name, entry.Value, entry.ValueLocation, origin, kind == "Secret"));
            }
            else
            {
                Set(new EnvironmentValue(variable.Name, null, reference.KeyLocation ?? reference.NameLocation, origin, kind == "Secret"));
            }
        }

        var unread = ImmutableArray.CreateBuilder<EnvironmentValue>();
        var seen = new HashSet<KubernetesObjectNode>();
        foreach (var reference in container.References.Concat(workload.PodReferences))
        {
            if (reference.Target == KubernetesReferenceTarget.PersistentVolumeClaim || model.Resolve(reference, workload.Namespace) is not { } target
                || !seen.Add(target))
            {
                continue;
            }

            foreach (var entry in target.DataEntries)
            {
                if (!read.Contains((target, entry.Key)))
                {
                    unread.Add(new EnvironmentValue(entry.Key, entry.Value, entry.ValueLocation, $"{target.ObjectKind} '{target.Name}'",
                        target.ObjectKind == "Secret") { IsRead = false });
                }
            }
        }

        var effective = container.KustomizedImages.IsEmpty ? container.Image : container.KustomizedImages[0];
        return new EnvironmentConsumer($"container '{container.Name}' of {workload.ObjectKind} '{workload.Name}'", container,
            ImageReference.Parse(effective), [.. order.Select(name => variables[name])])
        {
            IsKubernetes = true,
            Namespace = workload.Namespace,
            Unread = unread.ToImmutable(),
        };
    }
}
