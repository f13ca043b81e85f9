using ConfigLint.Model;

namespace ConfigLint.Rules.Consistency.Ports;

/// <summary>
/// A provider of <see cref="PortSubject"/>s for one format. Port drift reads only these, so a new format takes part by
/// adding one source to <see cref="PortFacts.Sources"/>.
/// </summary>
internal interface IPortFactSource
{
    /// <summary>The subjects the graph holds, in a deterministic order.</summary>
    IEnumerable<PortSubject> Subjects(ConfigGraph graph);
}
