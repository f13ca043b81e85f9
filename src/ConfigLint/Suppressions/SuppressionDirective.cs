using System.Collections.Immutable;
using ConfigLint.Text;

namespace ConfigLint.Suppressions;

/// <summary>
/// A parsed <c># configlint-disable-next-line ID[,ID] -- reason</c> or <c># configlint-disable-file ID</c>:
/// the rules it names, its scope, the 0-based line it covers and the optional justification.
/// </summary>
public sealed record SuppressionDirective(
    Location Location,
    SuppressionScope Scope,
    ImmutableArray<string> Rules,
    string? Justification,
    int TargetLine)
{
    /// <summary>The directive text as written (without the comment marker), for messages.</summary>
    public required string Text { get; init; }
}
