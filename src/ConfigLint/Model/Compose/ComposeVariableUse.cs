using ConfigLint.Model.Dotenv;
using ConfigLint.Text;

namespace ConfigLint.Model.Compose;

/// <summary>
/// One <c>$VAR</c> or <c>${VAR…}</c> in a Compose value: the variable, the operator (<c>""</c>, <c>:-</c>, <c>-</c>,
/// <c>:?</c>, <c>?</c>, <c>:+</c>, <c>+</c>) with its argument, and what it resolved to with its provenance.
/// </summary>
public sealed record ComposeVariableUse(string Name, Location Location, string Operator, string? Argument, ComposeVariable? Variable)
{
    /// <summary>True when the project's <c>.env</c> sets the variable (possibly to an empty value).</summary>
    public bool IsSet => Variable is not null;

    /// <summary>The value from <c>.env</c>, or null when unset.</summary>
    public string? Value => Variable?.Value;

    /// <summary>The <c>.env</c> entry that supplied the value, or null.</summary>
    public DotenvEntryNode? Source => Variable?.Source;

    /// <summary>True for <c>${VAR:-default}</c> and <c>${VAR-default}</c>.</summary>
    public bool HasDefault => Operator is ":-" or "-";

    /// <summary>True for <c>${VAR:?message}</c> and <c>${VAR?message}</c>: Compose stops when the variable is missing.</summary>
    public bool IsRequired => Operator is ":?" or "?";

    /// <summary>
    /// True when Compose has no value for it: unset without a default (it warns and substitutes an empty string), or
    /// required and unset (or empty, for <c>:?</c>), where it refuses to start. <c>:+</c> and <c>+</c> are never missing.
    /// </summary>
    public bool IsMissing => Operator switch
    {
        "" => !IsSet,
        "?" => !IsSet,
        ":?" => !IsSet || Value!.Length == 0,
        _ => false,
    };
}
