using ConfigLint.Text;

namespace ConfigLint.Model;

/// <summary>
/// A value that is computed rather than written out (a Terraform expression or template). Its source
/// text is kept; a format's evaluator turns it into a value where it can. Formats derive from it to keep
/// their syntax node.
/// </summary>
public class ConfigExpression(Location location, string sourceText) : ConfigValue(location)
{
    /// <summary>The expression as written.</summary>
    public string SourceText { get; } = sourceText;

    /// <inheritdoc />
    public override string ToString() => SourceText;
}
