using ConfigLint.Model;

namespace ConfigLint.Rules.Consistency.Ports;

/// <summary>
/// A provider of <see cref="PortSubject"/>s for one format. Port drift reads only these, so a new format takes part by
/// adding one source to <see cref="PortFacts.Sources"/>: Terraform's ECS task definitions would give
/// <c>portMappings.containerPort</c> as declared facts, <c>PORT</c> from the container <c>environment</c> as variable facts,
/// and target group ports, health check ports and <c>load_balancer.container_port</c> as routes, with the task's image.
/// </summary>
internal interface IPortFactSource
{
    /// <summary>The subjects the graph holds, in a deterministic order.</summary>
    IEnumerable<PortSubject> Subjects(ConfigGraph graph);
}
