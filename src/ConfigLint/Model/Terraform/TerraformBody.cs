using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using ConfigLint.Syntax;
using ConfigLint.Syntax.Hcl;
using ConfigLint.Syntax.Json;
using ConfigLint.Text;

namespace ConfigLint.Model.Terraform;

/// <summary>
/// The content of a file or a block in either syntax: attributes and nested blocks in source order. For JSON, which
/// members are blocks comes from <see cref="TerraformBlockSchema"/>; the rest are attributes.
/// </summary>
public sealed class TerraformBody
{
    // The binder and several rules ask for a file's body; reading it once keeps one set of blocks per file.
    private static readonly ConditionalWeakTable<SyntaxTree, TerraformBody?> FileBodies = [];

    private readonly string? _blockType;
    private readonly FrozenDictionary<string, int> _jsonBlocks;
    private Content? _content;

    private TerraformBody(SyntaxTree tree, Location location, HclBody? hcl, TerraformJsonBody? json, FrozenDictionary<string, int> jsonBlocks, string? blockType)
    {
        Tree = tree;
        Location = location;
        Hcl = hcl;
        Json = json;
        _jsonBlocks = jsonBlocks;
        _blockType = blockType;
    }

    /// <summary>The file.</summary>
    public SyntaxTree Tree { get; }

    /// <summary>Where the body is (for a block: the whole block in native syntax, the JSON object in JSON).</summary>
    public Location Location { get; }

    /// <summary>The native-syntax body; null in JSON.</summary>
    public HclBody? Hcl { get; }

    /// <summary>The JSON body; null in native syntax.</summary>
    public TerraformJsonBody? Json { get; }

    /// <summary>True in a <c>.tf.json</c> file.</summary>
    public bool IsJson => Json is not null;

    /// <summary>The attributes, in source order.</summary>
    public ImmutableArray<TerraformAttribute> Attributes => Read().Attributes;

    /// <summary>The nested blocks, in source order.</summary>
    public ImmutableArray<TerraformBlock> Blocks => Read().Blocks;

    /// <summary>The first attribute named <paramref name="name"/>, or null.</summary>
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

    /// <summary>The nested blocks of one type, in order.</summary>
    public IEnumerable<TerraformBlock> GetBlocks(string type)
    {
        foreach (var block in Blocks)
        {
            if (block.Type == type)
            {
                yield return block;
            }
        }
    }

    /// <summary>The first nested block of one type, or null.</summary>
    public TerraformBlock? GetBlock(string type) => GetBlocks(type).FirstOrDefault();

    /// <summary>A file's top-level body.</summary>
    public static TerraformBody? ForFile(SyntaxTree tree) => FileBodies.GetValue(tree, ReadFile);

    private static TerraformBody? ReadFile(SyntaxTree tree) => tree switch
    {
        HclSyntaxTree hcl => FromHcl(hcl.Root, null, null),
        TerraformJsonSyntaxTree { Body: { } body } json => FromJson(json, body, TerraformBlockSchema.File, null),
        _ => null,
    };

    /// <summary>A variables file's body: every member is an assignment, none a block.</summary>
    public static TerraformBody? ForVariablesFile(SyntaxTree tree) => tree switch
    {
        HclSyntaxTree hcl => FromHcl(hcl.Root, null, null),
        TerraformJsonSyntaxTree { Body: { } body } json => FromJson(json, body, TerraformBlockSchema.None, null),
        _ => null,
    };

    internal static TerraformBody FromHcl(HclBody body, string? blockType, string? parentType) =>
        new(body.Tree, body.Parent is { } parent ? parent.Location : body.Location, body, null, TerraformBlockSchema.None, blockType ?? parentType);

    internal static TerraformBody FromJson(SyntaxTree tree, TerraformJsonBody body, FrozenDictionary<string, int> blocks, string? blockType) =>
        new(tree, tree.GetLocation(body.Value.Span), null, body, blocks, blockType);

    // Analyzers read bodies from several threads; the first complete read wins, so every reader sees the same blocks.
    private Content Read() => _content ?? Interlocked.CompareExchange(ref _content, ReadContent(), null) ?? _content;

    private Content ReadContent()
    {
        var attributes = ImmutableArray.CreateBuilder<TerraformAttribute>();
        var blocks = ImmutableArray.CreateBuilder<TerraformBlock>();
        if (Hcl is not null)
        {
            foreach (var item in Hcl.Items)
            {
                switch (item)
                {
                    case HclAttribute attribute:
                        attributes.Add(new TerraformAttribute(attribute.Name, Tree.GetLocation(attribute.NameToken.Span), TerraformExpression.FromHcl(attribute.Expression)));
                        break;
                    case HclBlock block:
                        blocks.Add(TerraformBlock.FromHcl(block, _blockType));
                        break;
                }
            }
        }
        else if (Json is not null)
        {
            var seenBlockTypes = new HashSet<string>(StringComparer.Ordinal);
            foreach (var member in Json.Attributes)
            {
                if (!_jsonBlocks.TryGetValue(member.Name, out var labels))
                {
                    attributes.Add(new TerraformAttribute(member.Name, Tree.GetLocation(member.NameSpan), TerraformExpression.FromJson(Tree, member.Value, JsonModeFor(member.Name))));
                }
                else if (seenBlockTypes.Add(member.Name))
                {
                    foreach (var block in Json.GetBlocks(member.Name, labels))
                    {
                        blocks.Add(TerraformBlock.FromJson(Tree, block, _blockType));
                    }
                }
            }
        }

        return new Content(attributes.ToImmutable(), blocks.ToImmutable());
    }

    private sealed record Content(ImmutableArray<TerraformAttribute> Attributes, ImmutableArray<TerraformBlock> Blocks);

    // Terraform reads these JSON strings as expressions, not templates.
    private TerraformJsonMode JsonModeFor(string name) => (_blockType, name) switch
    {
        (_, "depends_on") => TerraformJsonMode.Expression,
        ("resource" or "data" or "ephemeral" or "import" or "removed", "provider") => TerraformJsonMode.Expression,
        ("module", "providers") => TerraformJsonMode.Expression,
        ("variable", "type") => TerraformJsonMode.Expression,
        ("lifecycle", "ignore_changes" or "replace_triggered_by") => TerraformJsonMode.Expression,
        ("moved", "from" or "to") or ("import", "to") or ("removed", "from") => TerraformJsonMode.Expression,
        _ => TerraformJsonMode.Template,
    };
}
