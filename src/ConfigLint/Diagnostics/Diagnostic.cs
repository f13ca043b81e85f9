using System.Collections.Immutable;
using ConfigLint.Text;

namespace ConfigLint.Diagnostics;

/// <summary>One finding: a rule, where, how serious, what to say, and optionally how to fix it.</summary>
public sealed record Diagnostic
{
    /// <summary>The rule that reported it.</summary>
    public required DiagnosticDescriptor Descriptor { get; init; }

    /// <summary>The offending construct.</summary>
    public required Location Location { get; init; }

    /// <summary>Effective severity after configuration.</summary>
    public required DiagnosticSeverity Severity { get; init; }

    /// <summary>The formatted message; never contains a secret value.</summary>
    public required string Message { get; init; }

    /// <summary>Other places that take part (shown as SARIF <c>relatedLocations</c>).</summary>
    public ImmutableArray<RelatedLocation> RelatedLocations { get; init; } = [];

    /// <summary>Fixes, most preferred first.</summary>
    public ImmutableArray<CodeFix> Fixes { get; init; } = [];

    /// <summary>Spans whose text must never be printed (detected secrets); formatters mask them in snippets.</summary>
    public ImmutableArray<Location> Redactions { get; init; } = [];

    /// <summary>Extra machine-readable facts (kept in SARIF <c>properties</c>).</summary>
    public ImmutableDictionary<string, string> Properties { get; init; } = ImmutableDictionary<string, string>.Empty;

    /// <summary>Set when a comment or baseline suppresses the finding; suppressed findings are kept, not counted.</summary>
    public Suppression? Suppression { get; init; }

    /// <summary>The rule id.</summary>
    public string Id => Descriptor.Id;

    /// <summary>True when suppressed.</summary>
    public bool IsSuppressed => Suppression is not null;

    /// <summary>Creates a finding at the descriptor's default severity.</summary>
    public static Diagnostic Create(
        DiagnosticDescriptor descriptor,
        Location location,
        params object?[] messageArguments) => new()
        {
            Descriptor = descriptor,
            Location = location,
            Severity = descriptor.DefaultSeverity,
            Message = descriptor.FormatMessage(messageArguments),
        };

    /// <summary>Returns a copy with one more fix.</summary>
    public Diagnostic WithFix(CodeFix fix) => this with { Fixes = Fixes.Add(fix) };

    /// <summary>Returns a copy with one more related location.</summary>
    public Diagnostic WithRelated(Location location, string message) =>
        this with { RelatedLocations = RelatedLocations.Add(new RelatedLocation(location, message)) };

    /// <inheritdoc />
    public override string ToString() => $"{Location}: {Severity.ToName()} {Id}: {Message}";
}
