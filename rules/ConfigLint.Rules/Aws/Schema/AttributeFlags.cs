namespace ConfigLint.Rules.Aws.Schema;

/// <summary>What a provider says about an attribute; the bit values are those of the catalog format.</summary>
[Flags]
public enum AttributeFlags
{
    /// <summary>Nothing known.</summary>
    None = 0,

    /// <summary>Must be set.</summary>
    Required = 1,

    /// <summary>May be set.</summary>
    Optional = 2,

    /// <summary>The provider computes the value.</summary>
    Computed = 4,

    /// <summary>The value is sensitive.</summary>
    Sensitive = 16,
}
