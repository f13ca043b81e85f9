using System.Collections.Immutable;
using ConfigLint.Model.Terraform;
using ConfigLint.Rules.Aws.Schema;
using ConfigLint.Text;

namespace ConfigLint.Rules.Aws;

/// <summary>One member written in a resource body, beside what the schema says about it (null when it has no such member).</summary>
/// <param name="Name">The name as written (for a dynamic block, its label).</param>
/// <param name="NameLocation">Where the name is (the label of a dynamic block).</param>
/// <param name="Kind">How it is written.</param>
/// <param name="Attribute">The attribute, for native and JSON attributes; null for blocks.</param>
/// <param name="Block">The block (the <c>dynamic</c> block itself for dynamic ones); null for attributes and JSON members.</param>
/// <param name="Parent">The schema of the body it is written in.</param>
/// <param name="Path">The nested blocks from the resource down to that body.</param>
/// <param name="Member">The schema member of that name, or null.</param>
/// <param name="IsJson">True in a <c>.tf.json</c> file.</param>
/// <param name="Container">The body it is written in (a <see cref="TerraformBody"/>, or the JSON object's <see cref="TerraformExpression"/>): members of one body share it.</param>
internal sealed record SchemaMemberSite(
    string Name,
    Location NameLocation,
    SchemaSiteKind Kind,
    TerraformAttribute? Attribute,
    TerraformBlock? Block,
    BlockSchema Parent,
    ImmutableArray<string> Path,
    SchemaMember? Member,
    bool IsJson,
    object Container);
