using System.Collections.Immutable;
using ConfigLint.Model.Terraform.Values;

namespace ConfigLint.Model.Terraform.Evaluation;

/// <summary>
/// What names mean where an expression is evaluated, beyond the module's own objects: <c>count.index</c>,
/// <c>each.key</c>/<c>each.value</c> of one instance, and local symbols (a <c>dynamic</c> block's iterator, a
/// <c>templatefile</c> variable). Unset means unknown: outside an instance <c>count.index</c> is not known.
/// </summary>
public sealed class TerraformScope
{
    private TerraformScope(TerraformValue? countIndex, TerraformValue? eachKey, TerraformValue? eachValue, ImmutableDictionary<string, TerraformValue> symbols, bool isolated)
    {
        CountIndex = countIndex;
        EachKey = eachKey;
        EachValue = eachValue;
        Symbols = symbols;
        IsIsolated = isolated;
    }

    /// <summary>No instance, no symbols.</summary>
    public static TerraformScope Empty { get; } = new(null, null, null, ImmutableDictionary.Create<string, TerraformValue>(StringComparer.Ordinal), false);

    /// <summary>
    /// Only <see cref="Symbols"/> and functions: <c>var</c>, <c>local</c> and resources are not visible (a
    /// <c>.tfvars</c> value, a template file).
    /// </summary>
    internal static TerraformScope Isolated { get; } = new(null, null, null, ImmutableDictionary.Create<string, TerraformValue>(StringComparer.Ordinal), true);

    /// <summary><c>count.index</c> of the instance, or null.</summary>
    public TerraformValue? CountIndex { get; }

    /// <summary><c>each.key</c> of the instance, or null.</summary>
    public TerraformValue? EachKey { get; }

    /// <summary><c>each.value</c> of the instance, or null.</summary>
    public TerraformValue? EachValue { get; }

    /// <summary>Local names and their values.</summary>
    public ImmutableDictionary<string, TerraformValue> Symbols { get; }

    /// <summary>True when only symbols and functions are visible.</summary>
    internal bool IsIsolated { get; }

    /// <summary>The instance key as Terraform writes it in an address (<c>[0]</c>, <c>["a"]</c>); empty outside an instance.</summary>
    public string InstanceKey => CountIndex is { Kind: TerraformValueKind.Number } index
        ? $"[{TerraformValue.FormatNumber(index.AsNumber)}]"
        : EachKey is { Kind: TerraformValueKind.String } key ? $"[\"{key.AsString}\"]" : string.Empty;

    /// <summary>The scope of instance <paramref name="index"/> of a resource or module with <c>count</c>.</summary>
    public TerraformScope WithCountIndex(int index) => new(TerraformValue.Number(index), null, null, Symbols, IsIsolated);

    /// <summary>The scope of one instance of a resource or module with <c>for_each</c>.</summary>
    public TerraformScope WithEach(string key, TerraformValue value) => new(null, TerraformValue.String(key), value, Symbols, IsIsolated);

    /// <summary>This scope with one more local name.</summary>
    public TerraformScope WithSymbol(string name, TerraformValue value) => new(CountIndex, EachKey, EachValue, Symbols.SetItem(name, value), IsIsolated);

    /// <summary>This scope with a local name bound to an unknown value (an iterator outside its expansion).</summary>
    internal TerraformScope WithUnknownSymbol(string name) => WithSymbol(name, TerraformValue.UnknownBecause($"\"{name}\" is known only per element"));
}
