using ConfigLint.Text;

namespace ConfigLint.Rules.Consistency.Facts;

/// <summary>
/// One variable a running container gets (or could get), with provenance: its value as the container sees it, where
/// that value is written, and how a message names the place (<c>.env.production</c>, <c>ConfigMap 'aia-config'</c>).
/// </summary>
/// <param name="Name">The variable name inside the container.</param>
/// <param name="Value">The value; null when it is not known (a <c>fieldRef</c>, an object the workspace lacks, a bare key).</param>
/// <param name="ValueLocation">Where the value is written (the reference itself when the value is not known).</param>
/// <param name="Origin">The place, as a message names it.</param>
/// <param name="IsSecret">True when the value comes from a Secret: it is never shown, and its location is always redacted.</param>
internal sealed record EnvironmentValue(string Name, string? Value, Location ValueLocation, string Origin, bool IsSecret)
{
    /// <summary>
    /// False for data of a ConfigMap or Secret the container references without reading that key into its environment
    /// (the key of the same object it does not pick): it describes the same service but does not reach the process.
    /// </summary>
    public bool IsRead { get; init; } = true;
}
