namespace ConfigLint.Rules.Aws.Schema;

/// <summary>Something that can appear inside a block: an <see cref="AttributeSchema"/> or a <see cref="NestedBlockSchema"/>.</summary>
public abstract record SchemaMember
{
    private protected SchemaMember(string name, string? deprecationMessage, bool isDeprecated)
    {
        Name = name;
        DeprecationMessage = deprecationMessage;
        IsDeprecated = isDeprecated || deprecationMessage is not null;
    }

    /// <summary>The Terraform name (snake_case).</summary>
    public string Name { get; }

    /// <summary>Whether the provider marks it deprecated.</summary>
    public bool IsDeprecated { get; }

    /// <summary>
    /// The provider's deprecation message, or null when there is none or only a flag is known
    /// (<c>terraform providers schema -json</c> carries a flag, not the message).
    /// </summary>
    public string? DeprecationMessage { get; }

    /// <summary>Whether a configuration must set it (a required attribute, or a block with <c>min_items</c> ≥ 1).</summary>
    public abstract bool IsRequired { get; }
}
