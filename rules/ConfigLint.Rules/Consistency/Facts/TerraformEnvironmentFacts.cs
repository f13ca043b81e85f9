using ConfigLint.Model;
using ConfigLint.Model.Terraform;
using ConfigLint.Model.Terraform.Aws;

namespace ConfigLint.Rules.Consistency.Facts;

/// <summary>
/// The containers of Terraform <c>aws_ecs_task_definition</c>s with the <c>environment</c> of their container
/// definitions, values followed through variables, locals and tfvars. <c>secrets</c> entries name a parameter, not a
/// value, and are left out.
/// </summary>
internal sealed class TerraformEnvironmentFacts : IEnvironmentSource
{
    /// <inheritdoc />
    public IEnumerable<EnvironmentConsumer> Consumers(ConfigGraph graph)
    {
        if (graph.GetModel<TerraformModel>() is not { } model)
        {
            yield break;
        }

        foreach (var module in model.Modules)
        {
            foreach (var resource in module.Resources)
            {
                if (resource.Type != EcsContainerDefinitions.TaskDefinitionType)
                {
                    continue;
                }

                foreach (var container in EcsContainerDefinitions.Of(resource))
                {
                    yield return Consumer(container);
                }
            }
        }
    }

    /// <summary>How messages name an ECS container: <c>container 'api' of aws_ecs_task_definition.api</c>.</summary>
    public static string Display(EcsContainer container) => $"container '{container.Name}' of {container.TaskDefinition.Address}";

    private static EnvironmentConsumer Consumer(EcsContainer container)
    {
        var origin = $"the environment of container '{container.Name}' in {container.TaskDefinition.Address}";
        var order = new List<string>();
        var variables = new Dictionary<string, EnvironmentValue>(StringComparer.Ordinal);
        foreach (var entry in container.Environment)
        {
            if (!variables.ContainsKey(entry.Name))
            {
                order.Add(entry.Name);
            }

            variables[entry.Name] = new EnvironmentValue(entry.Name, entry.Value, entry.Location, origin, IsSecret: entry.IsSensitive);
        }

        return new EnvironmentConsumer(Display(container), container.TaskDefinition, ImageReference.Parse(container.Image),
            [.. order.Select(name => variables[name])]);
    }
}
