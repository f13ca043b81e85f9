using ConfigLint.Model;

namespace ConfigLint.Rules.Consistency.Ports;

/// <summary>Every port subject of a graph, from every <see cref="IPortFactSource"/>.</summary>
internal static class PortFacts
{
    /// <summary>The sources, one per format.</summary>
    public static readonly IReadOnlyList<IPortFactSource> Sources = [new ComposePortFacts(), new KubernetesPortFacts(), new TerraformPortFacts()];

    /// <summary>The subjects of <paramref name="graph"/>.</summary>
    public static List<PortSubject> Subjects(ConfigGraph graph)
    {
        var subjects = new List<PortSubject>();
        foreach (var source in Sources)
        {
            subjects.AddRange(source.Subjects(graph));
        }

        return subjects;
    }
}
