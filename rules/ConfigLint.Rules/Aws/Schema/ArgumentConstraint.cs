using System.Collections.Immutable;

namespace ConfigLint.Rules.Aws.Schema;

/// <summary>A rule between arguments of one block, e.g. exactly one of <c>vpc_id</c>, <c>subnet_id</c>, … on <c>aws_flow_log</c>.</summary>
/// <param name="Kind">How the names relate.</param>
/// <param name="Names">The argument or block names, sorted.</param>
public sealed record ArgumentConstraint(ArgumentConstraintKind Kind, ImmutableArray<string> Names)
{
    /// <summary>Whether <paramref name="name"/> takes part in this constraint.</summary>
    public bool Involves(string name) => Names.Contains(name, StringComparer.Ordinal);
}
