using System.Collections.Immutable;
using ConfigLint.Model;
using ConfigLint.Model.Compose;

namespace ConfigLint.Rules.Consistency.Facts;

/// <summary>Compose services with the environment Compose computes for them (<c>env_file</c> files in order, then <c>environment</c>).</summary>
internal sealed class ComposeEnvironmentFacts : IEnvironmentSource
{
    /// <inheritdoc />
    public IEnumerable<EnvironmentConsumer> Consumers(ConfigGraph graph)
    {
        if (graph.GetModel<ComposeModel>() is not { } model)
        {
            yield break;
        }

        foreach (var project in model.Projects)
        {
            foreach (var service in project.Services)
            {
                var variables = ImmutableArray.CreateBuilder<EnvironmentValue>(service.Environment.Length);
                foreach (var variable in service.Environment)
                {
                    var origin = variable.Source == ComposeEnvironmentSource.EnvFile
                        ? variable.ValueLocation.Path
                        : $"the 'environment' of compose service '{service.Name}'";
                    variables.Add(new EnvironmentValue(variable.Name, variable.Value, variable.ValueLocation, origin, IsSecret: false));
                }

                var image = service.Image is { IsUnresolved: false, Parsed: { } parsed } ? parsed : null;
                yield return new EnvironmentConsumer($"compose service '{service.Name}'", service, image, variables.ToImmutable());
            }
        }
    }
}
