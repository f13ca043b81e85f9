using ConfigLint.Text;

namespace ConfigLint.Model;

/// <summary>A literal value: its decoded text (escapes processed, quotes removed) and its kind.</summary>
public sealed class ConfigScalar(Location location, string text, ScalarKind kind = ScalarKind.String) : ConfigValue(location)
{
    /// <summary>The decoded value.</summary>
    public string Text { get; } = text;

    /// <summary>What the value is.</summary>
    public ScalarKind Kind { get; } = kind;

    /// <summary>True for booleans that are true.</summary>
    public bool IsTrue => Kind == ScalarKind.Boolean && Text == "true";

    /// <inheritdoc />
    public override string ToString() => Text;
}
