using ConfigLint.Model;

namespace ConfigLint.Rules.Consistency.Ports;

/// <summary>Every port subject of a graph, from every <see cref="IPortFactSource"/>.</summary>
internal static class PortFacts
{
    /// <summary>The sources, one per format; add a Terraform source here when its model exists.</summary>
    public static readonly IReadOnlyList<IPortFactSource> Sources = [new ComposePortFacts(), new KubernetesPortFacts()];

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
