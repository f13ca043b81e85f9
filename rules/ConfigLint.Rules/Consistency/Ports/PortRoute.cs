using System.Collections.Immutable;
using System.Globalization;
using ConfigLint.Model.Terraform.Values;
using ConfigLint.Text;

namespace ConfigLint.Rules.Consistency.Ports;

/// <summary>
/// Something that sends traffic to a port of a process (a Compose published port's container side, a Service
/// <c>targetPort</c>, a probe), with where that port is written and how a message names the route.
/// </summary>
/// <param name="Start">The port, or the first of a range.</param>
/// <param name="End">The last port of a range (<paramref name="Start"/> for one port).</param>
/// <param name="Location">Where the port is written.</param>
/// <param name="Description">How a message names the route: <c>'ports' entry '3003:3000'</c>, <c>Service 'api' (port 80)</c>.</param>
internal sealed record PortRoute(int Start, int End, Location Location, string Description)
{
    /// <summary>The text written at <see cref="Location"/> when it is a literal port a fix may replace; null otherwise (a name, a default).</summary>
    public string? WrittenPort { get; init; }

    /// <summary>True when the port comes from a variable (<c>"${PORT}:${PORT}"</c>), so it follows the environment by construction.</summary>
    public bool IsParameterized { get; init; }

    /// <summary>Where a Terraform port came from (the variable default, the tfvars line), shown as related locations.</summary>
    public ImmutableArray<ValueOrigin> ValueOrigins { get; init; } = [];

    /// <summary>The port or range as text.</summary>
    public string PortText => Start == End
        ? Start.ToString(CultureInfo.InvariantCulture)
        : string.Create(CultureInfo.InvariantCulture, $"{Start}-{End}");

    /// <summary>True when the route reaches <paramref name="port"/>.</summary>
    public bool Targets(int port) => Start <= port && port <= End;
}
