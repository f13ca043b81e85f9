using ConfigLint.Rules.Consistency.Facts;
using ConfigLint.Text;

namespace ConfigLint.Rules.Consistency.Endpoints;

/// <summary>
/// What one variable says about an endpoint: its family (<c>DATABASE</c>, <c>REDIS</c>), and whichever of host, port
/// and database it sets. <see cref="Password"/> is where a password sits inside the value, for redaction only.
/// </summary>
internal sealed record EndpointFact(string Family, EnvironmentValue Variable, string? Host, int? Port, string? Database, TextSpan? Password)
{
    /// <summary>The engine a URL names (<c>postgresql</c>), or null for component variables.</summary>
    public string? Engine { get; init; }

    /// <summary>Reads the endpoint facts of one variable; empty for variables that describe no endpoint.</summary>
    public static IEnumerable<EndpointFact> Of(EnvironmentValue variable)
    {
        if (variable.Value is not { Length: > 0 } value)
        {
            yield break;
        }

        if (EndpointUrl.Parse(value) is { } url)
        {
            yield return new EndpointFact(EndpointKeys.UrlFamily(variable.Name), variable, url.Hosts.Length == 1 ? url.Hosts[0] : null, url.Port,
                url.Database, url.Password) { Engine = url.Engine };
            yield break;
        }

        if (value.Contains("://", StringComparison.Ordinal) || EndpointKeys.Classify(variable.Name) is not { } classified)
        {
            yield break;
        }

        var (family, part) = classified;

        var trimmed = value.Trim();
        switch (part)
        {
            case EndpointPart.Url or EndpointPart.Host when trimmed.Length > 0 && trimmed.AsSpan().IndexOfAny(" ,;/") < 0:
                var (host, port) = EndpointUrl.SplitHostPort(trimmed);
                if (host.Length > 0)
                {
                    yield return new EndpointFact(family, variable, host.ToLowerInvariant(), port, null, null);
                }

                break;
            case EndpointPart.Port when ListenPorts.TryParse(trimmed, out var number):
                yield return new EndpointFact(family, variable, null, number, null, null);
                break;
            case EndpointPart.Database when trimmed.Length > 0 && trimmed.AsSpan().IndexOfAny(" /") < 0:
                yield return new EndpointFact(family, variable, null, null, trimmed, null);
                break;
        }
    }
}
