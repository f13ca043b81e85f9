using ConfigLint.Model;

namespace ConfigLint.Rules.Consistency.Facts;

/// <summary>
/// A provider of <see cref="EnvironmentConsumer"/>s for one format. Endpoint drift and port drift read environments only
/// through these, so a new format takes part by adding one source to <see cref="EnvironmentFacts.Sources"/>.
/// </summary>
internal interface IEnvironmentSource
{
    /// <summary>The consumers the graph holds, in a deterministic order.</summary>
    IEnumerable<EnvironmentConsumer> Consumers(ConfigGraph graph);
}
