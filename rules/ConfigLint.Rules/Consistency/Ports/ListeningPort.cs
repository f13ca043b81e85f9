using System.Collections.Immutable;
using ConfigLint.Model.Terraform.Values;
using ConfigLint.Text;

namespace ConfigLint.Rules.Consistency.Ports;

/// <summary>
/// A fact that a process listens on <see cref="Port"/>: what says so (<see cref="Fact"/>, e.g. <c>PORT=5000</c>), where
/// that is (<see cref="Origin"/>, e.g. <c>in .env.production</c>), and its location.
/// </summary>
internal sealed record ListeningPort(int Port, ListeningKind Kind, Location Location, string Fact, string Origin)
{
    /// <summary>Where a Terraform value came from (the variable default, the tfvars line), shown as related locations.</summary>
    public ImmutableArray<ValueOrigin> ValueOrigins { get; init; } = [];

    /// <summary>The fact with its origin, as a message gives it: <c>PORT=3003 in .env.production</c>.</summary>
    public string Evidence => Origin.Length == 0 ? Fact : Fact + " " + Origin;

    /// <summary>What a related location says: <c>PORT=3003 is set here</c>, <c>containerPort 8000 is declared here</c>.</summary>
    public string Here => Kind == ListeningKind.Variable ? Fact + " is set here" : Fact + " is declared here";
}
