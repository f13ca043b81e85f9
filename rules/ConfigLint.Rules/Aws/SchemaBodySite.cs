using System.Collections.Immutable;
using ConfigLint.Model.Terraform;
using ConfigLint.Rules.Aws.Schema;
using ConfigLint.Text;

namespace ConfigLint.Rules.Aws;

/// <summary>
/// One body of a resource (the resource itself, a nested block, a dynamic block's <c>content</c>) with its schema
/// and what is written in it: the rules about required and conflicting members look here.
/// </summary>
/// <param name="Schema">The body's schema.</param>
/// <param name="Path">The nested blocks from the resource down to it.</param>
/// <param name="Location">Where to report something missing: the block header (the resource's for the top).</param>
/// <param name="Attributes">The attributes written, with their values (meta-arguments excluded).</param>
/// <param name="Blocks">The names of the nested blocks written, by block or as JSON members.</param>
/// <param name="DynamicBlocks">The labels of the dynamic blocks written.</param>
/// <param name="IsDynamicContent">True for the <c>content</c> of a dynamic block.</param>
/// <param name="IsJson">True in a <c>.tf.json</c> file.</param>
internal sealed record SchemaBodySite(
    BlockSchema Schema,
    ImmutableArray<string> Path,
    Location Location,
    ImmutableArray<TerraformAttribute> Attributes,
    ImmutableArray<string> Blocks,
    ImmutableArray<string> DynamicBlocks,
    bool IsDynamicContent,
    bool IsJson)
{
    /// <summary>Whether a member of that name is written in any form.</summary>
    public bool Writes(string name) =>
        Blocks.Contains(name, StringComparer.Ordinal) || DynamicBlocks.Contains(name, StringComparer.Ordinal) || GetAttribute(name) is not null;

    /// <summary>The attribute of that name, or null.</summary>
    public TerraformAttribute? GetAttribute(string name)
    {
        foreach (var attribute in Attributes)
        {
            if (attribute.Name == name)
            {
                return attribute;
            }
        }

        return null;
    }
}
