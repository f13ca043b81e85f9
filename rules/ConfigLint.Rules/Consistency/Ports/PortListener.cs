namespace ConfigLint.Rules.Consistency.Ports;

/// <summary>One process that listens: a Compose service's container, a container of a pod. Its facts, strongest kind first.</summary>
internal sealed class PortListener(string display)
{
    /// <summary>How messages name it: <c>container 'api' of Deployment 'aia-api'</c>.</summary>
    public string Display { get; } = display;

    /// <summary>The facts, in the order they were found.</summary>
    public List<ListeningPort> Facts { get; } = [];

    /// <summary>
    /// The ports traffic may go to, with the facts that say so, and the declarations left out as stale: when a variable
    /// sets the port and the only declared port is another one (<c>PORT=5000</c> with <c>containerPort: 8000</c>), the
    /// declaration is what drifted. Otherwise every fact counts (a second declared port may serve metrics).
    /// </summary>
    public (HashSet<int> Ports, List<ListeningPort> Evidence, List<ListeningPort> Stale) Accepted()
    {
        var variables = new HashSet<int>();
        var declared = new HashSet<int>();
        foreach (var fact in Facts)
        {
            (fact.Kind == ListeningKind.Variable ? variables : declared).Add(fact.Port);
        }

        var stale = variables.Count > 0 && declared.Count == 1 && !variables.Overlaps(declared);
        var ports = new HashSet<int>(variables);
        var evidence = new List<ListeningPort>();
        var staleFacts = new List<ListeningPort>();
        foreach (var fact in Facts)
        {
            if (stale && fact.Kind != ListeningKind.Variable)
            {
                staleFacts.Add(fact);
                continue;
            }

            ports.Add(fact.Port);
            evidence.Add(fact);
        }

        return (ports, evidence, staleFacts);
    }
}
