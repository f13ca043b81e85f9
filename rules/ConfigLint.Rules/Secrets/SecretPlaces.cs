namespace ConfigLint.Rules.Secrets;

/// <summary>The parts of a secret finding's message that depend on where the secret is written.</summary>
internal static class SecretPlaces
{
    /// <summary><c> in ConfigMap 'x'</c>, or nothing.</summary>
    public static string In(SecretCandidate candidate) => candidate.Where is { } where ? " in " + where : string.Empty;

    /// <summary>What to do beyond a secret store, for places worse than a Secret.</summary>
    public static string Advice(SecretCandidate candidate) => candidate.Where is { } where && where.StartsWith("ConfigMap", StringComparison.Ordinal)
        ? ": a ConfigMap is shown in plain text to anyone who may read the namespace's configuration, so move it to a Secret at least"
        : string.Empty;
}
