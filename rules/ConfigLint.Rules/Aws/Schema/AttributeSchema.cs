namespace ConfigLint.Rules.Aws.Schema;

/// <summary>An argument or attribute of a block (<c>name = value</c>).</summary>
public sealed record AttributeSchema : SchemaMember
{
    /// <summary>Creates an attribute schema.</summary>
    /// <param name="name">The Terraform name.</param>
    /// <param name="type">The value type in Terraform's notation: <c>string</c>, <c>number</c>, <c>bool</c>, <c>list(string)</c>, <c>map(string)</c>, <c>object</c>, <c>dynamic</c>…</param>
    /// <param name="flags">Required, optional, computed, sensitive.</param>
    /// <param name="deprecationMessage">The deprecation message, if any.</param>
    /// <param name="isDeprecated">Deprecated although no message is known.</param>
    /// <param name="nestedType">For attributes of nested object type (<c>nested_type</c>): the object's attributes.</param>
    /// <param name="nestedNesting">How the nested objects repeat.</param>
    public AttributeSchema(string name, string type, AttributeFlags flags, string? deprecationMessage = null, bool isDeprecated = false,
        BlockSchema? nestedType = null, BlockNesting nestedNesting = BlockNesting.Single)
        : base(name, deprecationMessage, isDeprecated)
    {
        Type = type;
        Flags = flags;
        NestedType = nestedType;
        NestedNesting = nestedNesting;
    }

    /// <summary>The value type in Terraform's notation (<c>list(string)</c>, …). The built-in catalogs write sets as lists.</summary>
    public string Type { get; }

    /// <summary>Required, optional, computed, sensitive.</summary>
    public AttributeFlags Flags { get; }

    /// <inheritdoc />
    public override bool IsRequired => (Flags & AttributeFlags.Required) != 0;

    /// <summary>Whether a configuration may set it.</summary>
    public bool IsOptional => (Flags & AttributeFlags.Optional) != 0;

    /// <summary>
    /// Whether the provider computes it. The built-in catalogs know this only for computed-only attributes; an
    /// optional attribute that is also computed shows as optional only.
    /// </summary>
    public bool IsComputed => (Flags & AttributeFlags.Computed) != 0;

    /// <summary>Computed and neither required nor optional: it can be read, never set ("its value will be decided automatically").</summary>
    public bool IsComputedOnly => IsComputed && !IsRequired && !IsOptional;

    /// <summary>Whether the value is sensitive.</summary>
    public bool IsSensitive => (Flags & AttributeFlags.Sensitive) != 0;

    /// <summary>For nested object types: the attributes of each object; null otherwise.</summary>
    public BlockSchema? NestedType { get; }

    /// <summary>How nested objects repeat (meaningful with <see cref="NestedType"/>).</summary>
    public BlockNesting NestedNesting { get; }
}
