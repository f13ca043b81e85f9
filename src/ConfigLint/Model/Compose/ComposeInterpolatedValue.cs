using System.Collections.Immutable;
using ConfigLint.Text;

namespace ConfigLint.Model.Compose;

/// <summary>
/// A Compose string with <c>$</c> interpolation: the text as written (<see cref="ConfigExpression.SourceText"/>), the
/// value Compose computes from the project's <c>.env</c>, and every variable it read.
/// </summary>
public sealed class ComposeInterpolatedValue(Location location, string sourceText, string value, ImmutableArray<ComposeVariableUse> variables, string? problem)
    : ConfigExpression(location, sourceText)
{
    /// <summary>The interpolated value (missing variables give empty strings, as in Compose).</summary>
    public string Value { get; } = value;

    /// <summary>The variables read, nested defaults included, in order.</summary>
    public ImmutableArray<ComposeVariableUse> Variables { get; } = variables;

    /// <summary>Why Compose would reject the template (<c>${}</c>, an unclosed <c>${</c>), or null.</summary>
    public string? Problem { get; } = problem;

    /// <summary>True when every variable had a value or a default, so <see cref="Value"/> is what Compose would use.</summary>
    public bool IsFullyResolved => Problem is null && Variables.All(v => !v.IsMissing);
}
