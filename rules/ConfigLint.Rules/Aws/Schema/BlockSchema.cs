using System.Collections.Immutable;

namespace ConfigLint.Rules.Aws.Schema;

/// <summary>The body of a resource, data source, provider or nested block: its attributes, nested blocks and constraints.</summary>
public sealed class BlockSchema
{
    /// <summary>Creates a block schema; members are sorted by name here.</summary>
    public BlockSchema(
        IEnumerable<AttributeSchema> attributes,
        IEnumerable<NestedBlockSchema> blocks,
        IEnumerable<ArgumentConstraint>? constraints = null,
        string? deprecationMessage = null,
        bool isDeprecated = false,
        bool isOpen = false)
    {
        Attributes = [.. attributes.OrderBy(a => a.Name, StringComparer.Ordinal)];
        Blocks = [.. blocks.OrderBy(b => b.Name, StringComparer.Ordinal)];
        Constraints = constraints is null ? [] : [.. constraints];
        DeprecationMessage = deprecationMessage;
        IsDeprecated = isDeprecated || deprecationMessage is not null;
        IsOpen = isOpen;
    }

    private BlockSchema(
        ImmutableArray<AttributeSchema> sortedAttributes,
        ImmutableArray<NestedBlockSchema> sortedBlocks,
        ImmutableArray<ArgumentConstraint> constraints,
        string? deprecationMessage,
        bool isDeprecated,
        bool isOpen)
    {
        Attributes = sortedAttributes;
        Blocks = sortedBlocks;
        Constraints = constraints;
        DeprecationMessage = deprecationMessage;
        IsDeprecated = isDeprecated || deprecationMessage is not null;
        IsOpen = isOpen;
    }

    /// <summary>An empty block.</summary>
    public static BlockSchema Empty { get; } = new([], []);

    /// <summary>Attributes, sorted by name (ordinal).</summary>
    public ImmutableArray<AttributeSchema> Attributes { get; }

    /// <summary>Nested block types, sorted by name (ordinal).</summary>
    public ImmutableArray<NestedBlockSchema> Blocks { get; }

    /// <summary>Constraints between this block's arguments (built-in catalogs: only the few kept by hand).</summary>
    public ImmutableArray<ArgumentConstraint> Constraints { get; }

    /// <summary>Whether the block (or, for a root block, the whole resource type) is deprecated.</summary>
    public bool IsDeprecated { get; }

    /// <summary>The deprecation message, or null.</summary>
    public string? DeprecationMessage { get; }

    /// <summary>
    /// True when the contents are not known (the source typed a deeply nested block as "any", e.g. wafv2
    /// statements): anything inside is accepted, and rules should not report unknown members here.
    /// </summary>
    public bool IsOpen { get; }

    /// <summary>The attribute called <paramref name="name"/>, or null.</summary>
    public AttributeSchema? GetAttribute(string name) => Search(Attributes, name);

    /// <summary>The nested block type called <paramref name="name"/>, or null.</summary>
    public NestedBlockSchema? GetBlock(string name) => Search(Blocks, name);

    /// <summary>The attribute or nested block called <paramref name="name"/>, or null when the block has no such member.</summary>
    public SchemaMember? Find(string name) => (SchemaMember?)GetAttribute(name) ?? GetBlock(name);

    /// <summary>Whether the block has an attribute or nested block called <paramref name="name"/>.</summary>
    public bool Contains(string name) => Find(name) is not null;

    /// <summary>Members a configuration must write: required attributes and blocks with <c>min_items</c> ≥ 1.</summary>
    public IEnumerable<SchemaMember> RequiredMembers =>
        Attributes.Where(a => a.IsRequired).Cast<SchemaMember>().Concat(Blocks.Where(b => b.IsRequired));

    /// <summary>Names a configuration can write here (settable attributes and blocks): the candidates for did-you-mean.</summary>
    public IEnumerable<string> SettableNames =>
        Attributes.Where(a => !a.IsComputedOnly).Select(a => a.Name).Concat(Blocks.Select(b => b.Name));

    /// <summary>The constraints that involve <paramref name="name"/>.</summary>
    public IEnumerable<ArgumentConstraint> ConstraintsOn(string name) => Constraints.Where(c => c.Involves(name));

    /// <summary>
    /// Walks down nested blocks (and nested object attributes) by name, e.g. <c>["lifecycle_rule", "expiration"]</c>;
    /// null when a step does not exist.
    /// </summary>
    public BlockSchema? Descend(IReadOnlyList<string> path)
    {
        var current = this;
        foreach (var step in path)
        {
            current = current.GetBlock(step)?.Block ?? current.GetAttribute(step)?.NestedType;
            if (current is null)
            {
                return null;
            }
        }

        return current;
    }

    // The catalog reader's members are sorted by the generator already; sorting again would cost on every decode.
    internal static BlockSchema FromSorted(
        ImmutableArray<AttributeSchema> attributes,
        ImmutableArray<NestedBlockSchema> blocks,
        ImmutableArray<ArgumentConstraint> constraints,
        string? deprecationMessage,
        bool isOpen) =>
        new(attributes, blocks, constraints, deprecationMessage, isDeprecated: false, isOpen);

    private static T? Search<T>(ImmutableArray<T> sorted, string name) where T : SchemaMember
    {
        int low = 0, high = sorted.Length - 1;
        while (low <= high)
        {
            var middle = low + ((high - low) >> 1);
            var order = string.CompareOrdinal(sorted[middle].Name, name);
            if (order == 0)
            {
                return sorted[middle];
            }

            if (order < 0)
            {
                low = middle + 1;
            }
            else
            {
                high = middle - 1;
            }
        }

        return null;
    }
}
