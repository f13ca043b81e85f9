using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using ConfigLint.Model.Terraform;
using ConfigLint.Rules.Aws.Schema;
using ConfigLint.Syntax.Json;
using ConfigLint.Text;

namespace ConfigLint.Rules.Aws;

/// <summary>
/// Walks a resource or data source body against its schema, as Terraform decodes it: meta-arguments (<c>count</c>,
/// <c>for_each</c>, <c>depends_on</c>, <c>provider</c>) and the language's blocks (<c>lifecycle</c>,
/// <c>provisioner</c>, <c>connection</c>) belong to Terraform; <c>dynamic "x"</c> stands for blocks of type
/// <c>x</c> whose <c>content</c> is checked like one; a nested object attribute may be written as blocks (the
/// provider SDK's attributes-as-blocks mode). In <c>.tf.json</c> a member the schema has as a block is read as one.
/// Nothing is walked below a block the catalog marks open.
/// </summary>
internal sealed class SchemaWalk
{
    // Five rules walk every resource against the same schema; the walk is done once and shared.
    private static readonly ConditionalWeakTable<TerraformResourceNode, SchemaWalk> Walks = [];

    private readonly List<SchemaMemberSite> _members = [];
    private readonly List<SchemaBodySite> _bodies = [];
    private readonly ResourceSchema _schema;

    private SchemaWalk(ResourceSchema schema) => _schema = schema;

    /// <summary>Every member written, in source order (outer bodies first).</summary>
    public IReadOnlyList<SchemaMemberSite> Members => _members;

    /// <summary>Every body walked, the resource's own first.</summary>
    public IReadOnlyList<SchemaBodySite> Bodies => _bodies;

    /// <summary>Walks a resource, data source or ephemeral resource against its schema.</summary>
    public static SchemaWalk Of(TerraformResourceNode node, ResourceSchema schema)
    {
        if (Walks.TryGetValue(node, out var cached) && cached._schema == schema)
        {
            return cached;
        }

        var walk = new SchemaWalk(schema);
        walk.WalkBody(node.Body, schema.Block, [], node.Location, top: true, dynamicContent: false);
        Walks.AddOrUpdate(node, walk);
        return walk;
    }

    /// <summary>The schema kind of a resource node.</summary>
    public static SchemaKind KindOf(TerraformResourceNode node) =>
        node.Mode == TerraformResourceMode.Data ? SchemaKind.DataSource : SchemaKind.Resource;

    private void WalkBody(TerraformBody body, BlockSchema schema, ImmutableArray<string> path, Location location, bool top, bool dynamicContent)
    {
        if (schema.IsOpen)
        {
            return;
        }

        var attributes = ImmutableArray.CreateBuilder<TerraformAttribute>();
        var blocks = ImmutableArray.CreateBuilder<string>();
        var dynamics = ImmutableArray.CreateBuilder<string>();
        var nested = new List<(TerraformBody Body, BlockSchema Schema, ImmutableArray<string> Path, Location Location, bool Dynamic)>();
        var jsonNested = new List<(TerraformExpression Value, BlockSchema Schema, ImmutableArray<string> Path, Location Location)>();
        foreach (var attribute in body.Attributes)
        {
            if (attribute.Name == "//" || (top && TerraformResourceNode.IsMetaArgument(attribute.Name)))
            {
                continue;
            }

            var member = schema.Find(attribute.Name);
            if (body.IsJson && member is NestedBlockSchema jsonBlock)
            {
                _members.Add(new SchemaMemberSite(attribute.Name, attribute.NameLocation, SchemaSiteKind.Block, attribute, null, schema, path, member, IsJson: true, body));
                blocks.Add(attribute.Name);
                jsonNested.Add((attribute.Expression, jsonBlock.Block, path.Add(attribute.Name), attribute.NameLocation));
                continue;
            }

            _members.Add(new SchemaMemberSite(attribute.Name, attribute.NameLocation, SchemaSiteKind.Attribute, attribute, null, schema, path, member, body.IsJson, body));
            attributes.Add(attribute);
        }

        foreach (var block in body.Blocks)
        {
            if (top && block.Type is "lifecycle" or "provisioner" or "connection")
            {
                continue;
            }

            if (block.Type == "dynamic")
            {
                if (block.Labels.Length == 0)
                {
                    continue;
                }

                var label = block.Labels[0];
                var member = schema.Find(label.Value);
                _members.Add(new SchemaMemberSite(label.Value, label.Location, SchemaSiteKind.Dynamic, null, block, schema, path, member, body.IsJson, body));
                dynamics.Add(label.Value);
                if (ContentSchema(member) is { } contentSchema && block.Body.GetBlock("content") is { } content)
                {
                    nested.Add((content.Body, contentSchema, path.Add(label.Value), content.Location, true));
                }

                continue;
            }

            var blockMember = schema.Find(block.Type);
            _members.Add(new SchemaMemberSite(block.Type, block.TypeLocation, SchemaSiteKind.Block, null, block, schema, path, blockMember, body.IsJson, body));
            blocks.Add(block.Type);
            if (ContentSchema(blockMember) is { } blockSchema)
            {
                nested.Add((block.Body, blockSchema, path.Add(block.Type), block.Location, false));
            }
        }

        _bodies.Add(new SchemaBodySite(schema, path, location, attributes.ToImmutable(), blocks.ToImmutable(), dynamics.ToImmutable(), dynamicContent, body.IsJson));
        foreach (var (nestedBody, nestedSchema, nestedPath, nestedLocation, dynamic) in nested)
        {
            WalkBody(nestedBody, nestedSchema, nestedPath, nestedLocation, top: false, dynamicContent: dynamic);
        }

        foreach (var (value, nestedSchema, nestedPath, nestedLocation) in jsonNested)
        {
            WalkJsonBlocks(value, nestedSchema, nestedPath, nestedLocation, dynamicContent: false);
        }
    }

    // A JSON block value: one object, or an array of objects (several blocks of the type).
    private void WalkJsonBlocks(TerraformExpression value, BlockSchema schema, ImmutableArray<string> path, Location location, bool dynamicContent)
    {
        switch (value.Json?.Kind)
        {
            case TerraformJsonValueKind.Object:
                WalkJsonBody(value, schema, path, location, dynamicContent);
                break;
            case TerraformJsonValueKind.Array:
                foreach (var item in value.JsonItems)
                {
                    if (item.Json?.Kind == TerraformJsonValueKind.Object)
                    {
                        WalkJsonBody(item, schema, path, location, dynamicContent);
                    }
                }

                break;
        }
    }

    private void WalkJsonBody(TerraformExpression obj, BlockSchema schema, ImmutableArray<string> path, Location location, bool dynamicContent)
    {
        if (schema.IsOpen)
        {
            return;
        }

        var attributes = ImmutableArray.CreateBuilder<TerraformAttribute>();
        var blocks = ImmutableArray.CreateBuilder<string>();
        var dynamics = ImmutableArray.CreateBuilder<string>();
        var nested = new List<(TerraformExpression Value, BlockSchema Schema, ImmutableArray<string> Path, Location Location, bool Dynamic)>();
        foreach (var (key, value) in obj.JsonMembers)
        {
            var nameLocation = obj.Tree.GetLocation(key.NameSpan);
            var member = schema.Find(key.Name);
            if (member is null && key.Name == "dynamic" && value.Json?.Kind == TerraformJsonValueKind.Object)
            {
                foreach (var (label, dynamicBody) in value.JsonMembers)
                {
                    var labelMember = schema.Find(label.Name);
                    var labelLocation = obj.Tree.GetLocation(label.NameSpan);
                    _members.Add(new SchemaMemberSite(label.Name, labelLocation, SchemaSiteKind.Dynamic, null, null, schema, path, labelMember, IsJson: true, obj));
                    dynamics.Add(label.Name);
                    if (ContentSchema(labelMember) is { } contentSchema)
                    {
                        foreach (var (part, content) in dynamicBody.JsonMembers)
                        {
                            if (part.Name == "content")
                            {
                                nested.Add((content, contentSchema, path.Add(label.Name), labelLocation, true));
                            }
                        }
                    }
                }

                continue;
            }

            var attribute = new TerraformAttribute(key.Name, nameLocation, value);
            if (member is NestedBlockSchema block)
            {
                _members.Add(new SchemaMemberSite(key.Name, nameLocation, SchemaSiteKind.Block, attribute, null, schema, path, member, IsJson: true, obj));
                blocks.Add(key.Name);
                nested.Add((value, block.Block, path.Add(key.Name), nameLocation, false));
                continue;
            }

            _members.Add(new SchemaMemberSite(key.Name, nameLocation, SchemaSiteKind.Attribute, attribute, null, schema, path, member, IsJson: true, obj));
            attributes.Add(attribute);
        }

        _bodies.Add(new SchemaBodySite(schema, path, location, attributes.ToImmutable(), blocks.ToImmutable(), dynamics.ToImmutable(), dynamicContent, IsJson: true));
        foreach (var (value, nestedSchema, nestedPath, nestedLocation, dynamic) in nested)
        {
            WalkJsonBlocks(value, nestedSchema, nestedPath, nestedLocation, dynamic);
        }
    }

    // What a block of this member holds: a nested block's body, or the objects of a nested object attribute.
    private static BlockSchema? ContentSchema(SchemaMember? member) => member switch
    {
        NestedBlockSchema block => block.Block,
        AttributeSchema { NestedType: { } nestedType } => nestedType,
        _ => null,
    };
}
