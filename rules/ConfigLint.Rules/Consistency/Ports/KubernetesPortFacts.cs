using System.Collections.Immutable;
using System.Globalization;
using ConfigLint.Model;
using ConfigLint.Model.Kubernetes;
using ConfigLint.Rules.Consistency.Facts;
using ConfigLint.Text;

namespace ConfigLint.Rules.Consistency.Ports;

/// <summary>
/// Kubernetes workloads as port subjects: each container's listening port from its environment (literal <c>env</c>,
/// ConfigMap and Secret values) and its <c>containerPort</c>s; the <c>targetPort</c>s of the Services that select the
/// workload (names resolved to container ports) and each container's probe ports as routes.
/// </summary>
internal sealed class KubernetesPortFacts : IPortFactSource
{
    private static readonly string[] Probes = ["readinessProbe", "livenessProbe", "startupProbe"];
    private static readonly string[] ProbeHandlers = ["httpGet", "tcpSocket", "grpc"];

    /// <inheritdoc />
    public IEnumerable<PortSubject> Subjects(ConfigGraph graph)
    {
        if (graph.GetModel<KubernetesModel>() is not { } model)
        {
            yield break;
        }

        var consumers = new Dictionary<ConfigNode, EnvironmentConsumer>();
        foreach (var consumer in EnvironmentFacts.Consumers(graph))
        {
            consumers.TryAdd(consumer.Node, consumer);
        }

        foreach (var workload in model.Objects)
        {
            var containers = workload.Containers.Where(c => !c.IsInit).ToList();
            if (containers.Count == 0)
            {
                continue;
            }

            var image = consumers.GetValueOrDefault(containers[0])?.Image;
            var display = containers.Count == 1
                ? $"container '{containers[0].Name}' of {workload.ObjectKind} '{workload.Name}'"
                : $"the containers of {workload.ObjectKind} '{workload.Name}'";
            var subject = new PortSubject(display, image);
            foreach (var container in containers)
            {
                var listener = new PortListener($"container '{container.Name}' of {workload.ObjectKind} '{workload.Name}'");
                if (consumers.GetValueOrDefault(container) is { } consumer)
                {
                    AddVariable(consumer, listener);
                }

                if (CommandPorts.Find(graph, $"the command of container '{container.Name}'", container.Command, container.Args) is { } command)
                {
                    listener.Facts.Add(command);
                }

                foreach (var (port, location) in ContainerPorts(container))
                {
                    listener.Facts.Add(new ListeningPort(port, ListeningKind.Declared, location,
                        string.Create(CultureInfo.InvariantCulture, $"containerPort {port}"), string.Empty));
                }

                subject.Listeners.Add(listener);
            }

            foreach (var edge in graph.EdgesTo(workload))
            {
                if (edge.Kind == EdgeKind.Selects && edge.From is KubernetesObjectNode service && ServiceRoutes(service, containers) is { IsEmpty: false } routes)
                {
                    subject.Groups.Add(new RouteGroup(routes));
                }
            }

            for (var i = 0; i < containers.Count; i++)
            {
                foreach (var route in ProbeRoutes(containers[i]))
                {
                    subject.Groups.Add(new RouteGroup([route], i));
                }
            }

            yield return subject;
        }
    }

    private static void AddVariable(EnvironmentConsumer consumer, PortListener listener)
    {
        foreach (var name in ListenPorts.Variables)
        {
            if (consumer.Get(name) is { } variable && ListenPorts.TryParse(variable.Value, out var port))
            {
                listener.Facts.Add(new ListeningPort(port, ListeningKind.Variable, variable.ValueLocation,
                    string.Create(CultureInfo.InvariantCulture, $"{name}={port}"), "from " + variable.Origin));
                return;
            }
        }
    }

    // containerPort values with the location of the number itself.
    private static IEnumerable<(int Port, Location Location)> ContainerPorts(KubernetesContainerNode container)
    {
        if (container.Properties.Get("ports") is not ConfigList ports)
        {
            yield break;
        }

        foreach (var item in ports.Items)
        {
            if ((item as ConfigObject)?.Get("containerPort") is ConfigScalar scalar && ListenPorts.TryParse(scalar.Text, out var port))
            {
                yield return (port, scalar.Location);
            }
        }
    }

    private static int? PortNamed(IEnumerable<KubernetesContainerNode> containers, string name)
    {
        foreach (var container in containers)
        {
            foreach (var port in container.Ports)
            {
                if (port.Name == name && port.ContainerPort is { } number)
                {
                    return number;
                }
            }
        }

        return null;
    }

    private static ImmutableArray<PortRoute> ServiceRoutes(KubernetesObjectNode service, List<KubernetesContainerNode> containers)
    {
        if (service.Path("spec", "ports") is not ConfigList entries)
        {
            return [];
        }

        var routes = ImmutableArray.CreateBuilder<PortRoute>();
        foreach (var item in entries.Items)
        {
            if (item is not ConfigObject entry || entry.Get("port") is not ConfigScalar portValue || !ListenPorts.TryParse(portValue.Text, out var port))
            {
                continue;
            }

            var description = string.Create(CultureInfo.InvariantCulture, $"Service '{service.Name}' (port {port})");
            switch (entry.Get("targetPort"))
            {
                case null:
                    routes.Add(new PortRoute(port, port, portValue.Location, description + " with no targetPort"));
                    break;
                case ConfigScalar target when ListenPorts.TryParse(target.Text, out var number):
                    routes.Add(new PortRoute(number, number, target.Location, description) { WrittenPort = target.Text });
                    break;
                case ConfigScalar target when PortNamed(containers, target.Text) is { } named:
                    routes.Add(new PortRoute(named, named, target.Location, $"{description} through the port named '{target.Text}'"));
                    break;
            }
        }

        return routes.ToImmutable();
    }

    private static IEnumerable<PortRoute> ProbeRoutes(KubernetesContainerNode container)
    {
        foreach (var probe in Probes)
        {
            if (container.Properties.Get(probe) is not ConfigObject settings)
            {
                continue;
            }

            foreach (var handler in ProbeHandlers)
            {
                if ((settings.Get(handler) as ConfigObject)?.Get("port") is not ConfigScalar port)
                {
                    continue;
                }

                if (ListenPorts.TryParse(port.Text, out var number))
                {
                    yield return new PortRoute(number, number, port.Location, $"the {probe}") { WrittenPort = port.Text };
                }
                else if (PortNamed([container], port.Text) is { } named)
                {
                    yield return new PortRoute(named, named, port.Location, $"the {probe} through the port named '{port.Text}'");
                }
            }
        }
    }
}
