namespace ConfigLint.Rules.Aws.Schema;

/// <summary>
/// How a nested block (or a nested attribute type) repeats, as <c>nesting_mode</c> in
/// <c>terraform providers schema -json</c>.
/// </summary>
public enum BlockNesting
{
    /// <summary>At most one. The built-in catalogs also use it for list blocks with <c>max_items = 1</c>, which the source does not tell apart.</summary>
    Single,

    /// <summary>Any number, in order. The built-in catalogs use it for set blocks too, which the source does not tell apart.</summary>
    List,

    /// <summary>Any number, unordered.</summary>
    Set,

    /// <summary>Blocks with a label each (<c>name "label" { }</c>).</summary>
    Map,

    /// <summary>Exactly one, which may be left out; its attributes are still checked.</summary>
    Group,
}
