using System.Collections.Frozen;
using ConfigLint.Diagnostics;

namespace ConfigLint.Analysis;

/// <summary>
/// Severity overrides from configuration, keyed by rule id or name. A descriptor without an override keeps
/// its default, and opt-in rules stay off.
/// </summary>
public sealed class RuleSeverities
{
    private readonly FrozenDictionary<string, DiagnosticSeverity> _overrides;

    /// <summary>No overrides: every rule at its default.</summary>
    public static RuleSeverities Default { get; } = new(new Dictionary<string, DiagnosticSeverity>());

    /// <summary>Creates the overrides (keys are rule ids or names, compared ignoring case).</summary>
    public RuleSeverities(IReadOnlyDictionary<string, DiagnosticSeverity> overrides) =>
        _overrides = overrides.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>The configured severity for a descriptor, or null when configuration says nothing.</summary>
    public DiagnosticSeverity? GetOverride(DiagnosticDescriptor descriptor) =>
        _overrides.TryGetValue(descriptor.Id, out var byId) ? byId
        : _overrides.TryGetValue(descriptor.Name, out var byName) ? byName
        : null;

    /// <summary>The severity a descriptor reports at; <see cref="DiagnosticSeverity.None"/> when off.</summary>
    public DiagnosticSeverity GetEffectiveSeverity(DiagnosticDescriptor descriptor) =>
        GetOverride(descriptor) ?? (descriptor.IsEnabledByDefault ? descriptor.DefaultSeverity : DiagnosticSeverity.None);

    /// <summary>True when the descriptor reports at all.</summary>
    public bool IsEnabled(DiagnosticDescriptor descriptor) => GetEffectiveSeverity(descriptor) != DiagnosticSeverity.None;

    /// <summary>Applies configuration to a finding: null when its rule is off, a copy at the configured severity otherwise.</summary>
    public Diagnostic? Apply(Diagnostic diagnostic)
    {
        if (GetOverride(diagnostic.Descriptor) is { } configured)
        {
            return configured == DiagnosticSeverity.None ? null
                : configured == diagnostic.Severity ? diagnostic
                : diagnostic with { Severity = configured };
        }

        return IsEnabled(diagnostic.Descriptor) && diagnostic.Severity != DiagnosticSeverity.None ? diagnostic : null;
    }
}
