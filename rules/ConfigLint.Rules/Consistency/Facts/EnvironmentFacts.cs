using System.Runtime.CompilerServices;
using ConfigLint.Model;

namespace ConfigLint.Rules.Consistency.Facts;

/// <summary>Every environment consumer of a graph, from every <see cref="IEnvironmentSource"/>, computed once per graph.</summary>
internal static class EnvironmentFacts
{
    /// <summary>The sources, one per format.</summary>
    public static readonly IReadOnlyList<IEnvironmentSource> Sources = [new ComposeEnvironmentFacts(), new KubernetesEnvironmentFacts(), new TerraformEnvironmentFacts()];

    private static readonly ConditionalWeakTable<ConfigGraph, IReadOnlyList<EnvironmentConsumer>> Cache = [];

    /// <summary>The consumers of <paramref name="graph"/>.</summary>
    public static IReadOnlyList<EnvironmentConsumer> Consumers(ConfigGraph graph) =>
        Cache.GetValue(graph, static g =>
        {
            var consumers = new List<EnvironmentConsumer>();
            foreach (var source in Sources)
            {
                consumers.AddRange(source.Consumers(g));
            }

            return consumers;
        });
}
