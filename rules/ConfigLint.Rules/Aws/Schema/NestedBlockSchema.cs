namespace ConfigLint.Rules.Aws.Schema;

/// <summary>A nested block type of a block (<c>name { … }</c>).</summary>
public sealed record NestedBlockSchema : SchemaMember
{
    /// <summary>Creates a nested block schema.</summary>
    /// <param name="name">The block type name.</param>
    /// <param name="nesting">How the block repeats.</param>
    /// <param name="minItems">Fewest blocks allowed; 1 or more makes it required.</param>
    /// <param name="maxItems">Most blocks allowed; 0 means no limit.</param>
    /// <param name="block">What goes inside.</param>
    public NestedBlockSchema(string name, BlockNesting nesting, int minItems, int maxItems, BlockSchema block)
        : base(name, block.DeprecationMessage, block.IsDeprecated)
    {
        Nesting = nesting;
        MinItems = minItems;
        MaxItems = maxItems;
        Block = block;
    }

    /// <summary>How the block repeats.</summary>
    public BlockNesting Nesting { get; }

    /// <summary>Fewest blocks allowed.</summary>
    public int MinItems { get; }

    /// <summary>Most blocks allowed; 0 means no limit.</summary>
    public int MaxItems { get; }

    /// <summary>What goes inside the block.</summary>
    public BlockSchema Block { get; }

    /// <inheritdoc />
    public override bool IsRequired => MinItems > 0;

    /// <summary>Whether the block may appear more than once.</summary>
    public bool AllowsMultiple => Nesting is BlockNesting.List or BlockNesting.Set or BlockNesting.Map && MaxItems != 1;
}
