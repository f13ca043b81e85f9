using System.Collections.Immutable;
using System.Globalization;
using ConfigLint.Model;
using ConfigLint.Model.Terraform;
using ConfigLint.Model.Terraform.Aws;
using ConfigLint.Model.Terraform.Evaluation;
using ConfigLint.Model.Terraform.Values;
using ConfigLint.Rules.Consistency.Facts;
using ConfigLint.Syntax.Hcl;

namespace ConfigLint.Rules.Consistency.Ports;

/// <summary>
/// The load-balanced containers of Terraform <c>aws_ecs_service</c>s as port subjects, one per container a
/// <c>load_balancer</c> block names: the listening port from a port variable in the container definition's
/// <c>environment</c> and its <c>portMappings</c> <c>containerPort</c>s; the <c>load_balancer</c>'s
/// <c>container_port</c> and the <c>health_check</c> port of the target group it registers with as routes.
/// </summary>
/// <remarks>
/// The target group's own <c>port</c> is not a route: ECS registers every task with its container port (or host port),
/// which overrides it. A health check port other than <c>traffic-port</c> is compared only when the task's network
/// mode is <c>awsvpc</c> or <c>host</c>; in <c>bridge</c> mode it is a port of the instance, not of the container.
/// </remarks>
internal sealed class TerraformPortFacts : IPortFactSource
{
    private const string ServiceType = "aws_ecs_service";
    private const string TargetGroupType = "aws_lb_target_group";

    /// <inheritdoc />
    public IEnumerable<PortSubject> Subjects(ConfigGraph graph)
    {
        if (graph.GetModel<TerraformModel>() is not { } model)
        {
            yield break;
        }

        foreach (var module in model.Modules)
        {
            foreach (var service in module.Resources)
            {
                if (service.Type != ServiceType || Referenced(module, service.GetArgument("task_definition"), EcsContainerDefinitions.TaskDefinitionType) is not { } task)
                {
                    continue;
                }

                var containers = EcsContainerDefinitions.Of(task);
                if (containers.IsEmpty)
                {
                    continue;
                }

                var evaluator = module.Evaluator;
                var networkMode = evaluator.EvaluateArgument(task, "network_mode")?.ToStringValue();
                var subjects = new Dictionary<string, PortSubject>(StringComparer.Ordinal);
                foreach (var (block, scope) in LoadBalancers(evaluator, service))
                {
                    if (Evaluate(evaluator, block, "container_name", scope)?.ToStringValue() is not { } name
                        || containers.FirstOrDefault(c => c.Name == name) is not { } container)
                    {
                        continue;
                    }

                    if (!subjects.TryGetValue(name, out var subject))
                    {
                        subjects[name] = subject = Subject(container);
                    }

                    if (ContainerPortRoute(evaluator, service, block, scope, name) is { } route)
                    {
                        subject.Groups.Add(new RouteGroup([route], 0));
                    }

                    if (networkMode is "awsvpc" or "host" && HealthCheckRoute(evaluator, module, block) is { } check)
                    {
                        subject.Groups.Add(new RouteGroup([check], 0));
                    }
                }

                foreach (var subject in subjects.Values)
                {
                    if (subject.Groups.Count > 0)
                    {
                        yield return subject;
                    }
                }
            }
        }
    }

    private static PortSubject Subject(EcsContainer container)
    {
        var display = TerraformEnvironmentFacts.Display(container);
        var subject = new PortSubject(display, ImageReference.Parse(container.Image));
        var listener = new PortListener(display);
        foreach (var variable in ListenPorts.Variables)
        {
            if (container.Environment.LastOrDefault(e => e.Name == variable) is { } entry && ListenPorts.TryParse(entry.Value, out var port))
            {
                listener.Facts.Add(new ListeningPort(port, ListeningKind.Variable, entry.Location,
                    string.Create(CultureInfo.InvariantCulture, $"{variable}={port}"), $"from the environment of container '{container.Name}'")
                {
                    ValueOrigins = entry.Origins,
                });
                break;
            }
        }

        foreach (var mapping in container.PortMappings)
        {
            listener.Facts.Add(new ListeningPort(mapping.ContainerPort, ListeningKind.Declared, mapping.Location,
                string.Create(CultureInfo.InvariantCulture, $"containerPort {mapping.ContainerPort}"), string.Empty)
            {
                ValueOrigins = mapping.Origins,
            });
        }

        subject.Listeners.Add(listener);
        return subject;
    }

    // The service's load_balancer blocks, a dynamic block once per element when its collection is known.
    private static IEnumerable<(TerraformBlock Block, TerraformScope? Scope)> LoadBalancers(TerraformEvaluator evaluator, TerraformResourceNode service)
    {
        foreach (var block in service.Body.Blocks)
        {
            if (block.Type == "load_balancer")
            {
                yield return (block, null);
            }
            else if (block.Type == "dynamic" && block.Label(0) == "load_balancer" && block.Body.GetBlock("content") is { } content)
            {
                if (evaluator.ExpandDynamic(block) is { } scopes)
                {
                    foreach (var scope in scopes)
                    {
                        yield return (content, scope);
                    }
                }
                else
                {
                    yield return (content, null);
                }
            }
        }
    }

    private static PortRoute? ContainerPortRoute(TerraformEvaluator evaluator, TerraformResourceNode service, TerraformBlock block, TerraformScope? scope, string container)
    {
        if (block.Body.GetAttribute("container_port") is not { } attribute
            || Evaluate(evaluator, block, "container_port", scope) is not { } value || !ListenPorts.TryParse(value.ToStringValue(), out var port))
        {
            return null;
        }

        return new PortRoute(port, port, attribute.Expression.Location, $"the load_balancer of {service.Address} (container '{container}')")
        {
            WrittenPort = Literal(attribute),
            ValueOrigins = value.Origins,
        };
    }

    private static PortRoute? HealthCheckRoute(TerraformEvaluator evaluator, TerraformModule module, TerraformBlock block)
    {
        if (Referenced(module, block.Body.GetAttribute("target_group_arn"), TargetGroupType) is not { } group
            || group.Body.GetBlock("health_check") is not { } check || check.Body.GetAttribute("port") is not { } attribute)
        {
            return null;
        }

        // A target group with count or for_each is evaluated without an instance: only values that do not depend on it are known.
        var value = evaluator.Evaluate(attribute.Expression);
        if (!ListenPorts.TryParse(value.ToStringValue(), out var port))
        {
            return null;
        }

        return new PortRoute(port, port, attribute.Expression.Location, $"the health_check of {group.Address}")
        {
            WrittenPort = Literal(attribute),
            ValueOrigins = value.Origins,
        };
    }

    private static TerraformValue? Evaluate(TerraformEvaluator evaluator, TerraformBlock block, string name, TerraformScope? scope) =>
        block.Body.GetAttribute(name) is { } attribute ? evaluator.Evaluate(attribute.Expression, scope) : null;

    // The port as written when it is a literal number or a string of one, which a fix may replace.
    private static string? Literal(TerraformAttribute attribute)
    {
        if (attribute.Expression.IsJson)
        {
            return null;
        }

        return attribute.Expression.Syntax switch
        {
            { Kind: HclSyntaxKind.Literal } literal when ListenPorts.TryParse(literal.LiteralText, out _) => literal.LiteralText,
            { } template when template.TryGetStaticString(out var text) && ListenPorts.TryParse(text, out _) => text,
            _ => null,
        };
    }

    // The resource of the given type an argument refers to (`aws_ecs_task_definition.api.arn`, `aws_lb_target_group.api[0].arn`).
    private static TerraformResourceNode? Referenced(TerraformModule module, TerraformAttribute? attribute, string type)
    {
        if (attribute?.Expression.TraversalText is not { } traversal || !traversal.StartsWith(type + ".", StringComparison.Ordinal))
        {
            return null;
        }

        var rest = traversal.AsSpan(type.Length + 1);
        var end = rest.IndexOfAny('.', '[');
        var name = (end < 0 ? rest : rest[..end]).ToString();
        return module.FindResource(TerraformResourceMode.Managed, type, name);
    }
}
