using System.Collections.Immutable;
using ConfigLint.Syntax;
using ConfigLint.Syntax.Hcl;
using ConfigLint.Syntax.Json;
using ConfigLint.Text;

namespace ConfigLint.Model.Terraform;

/// <summary><c>type "label" … { body }</c> in either syntax.</summary>
public sealed class TerraformBlock
{
    private TerraformBlock(string type, Location typeLocation, ImmutableArray<TerraformLabel> labels, TerraformBody body, Location location, Location fullLocation, HclBlock? hcl)
    {
        Type = type;
        TypeLocation = typeLocation;
        Labels = labels;
        Body = body;
        Location = location;
        FullLocation = fullLocation;
        Hcl = hcl;
    }

    /// <summary>The block type: <c>resource</c>, <c>variable</c>, <c>ingress</c>.</summary>
    public string Type { get; }

    /// <summary>Where the type keyword is (for JSON, the property name).</summary>
    public Location TypeLocation { get; }

    /// <summary>The labels, in order.</summary>
    public ImmutableArray<TerraformLabel> Labels { get; }

    /// <summary>The content.</summary>
    public TerraformBody Body { get; }

    /// <summary>The header: type and labels (for JSON, the innermost label, or the type when there is none).</summary>
    public Location Location { get; }

    /// <summary>The whole block, body included.</summary>
    public Location FullLocation { get; }

    /// <summary>The native-syntax block; null in JSON.</summary>
    public HclBlock? Hcl { get; }

    /// <summary>The file.</summary>
    public SyntaxTree Tree => Body.Tree;

    /// <summary>The label at <paramref name="index"/>, or null.</summary>
    public string? Label(int index) => index < Labels.Length ? Labels[index].Value : null;

    /// <summary>Wraps a native-syntax block; <paramref name="parentType"/> is the enclosing block's type, if any.</summary>
    public static TerraformBlock FromHcl(HclBlock block, string? parentType = null)
    {
        var tree = block.Tree;
        var labels = ImmutableArray.CreateBuilder<TerraformLabel>(block.Labels.Length);
        foreach (var label in block.Labels)
        {
            labels.Add(new TerraformLabel(label.Value, tree.GetLocation(label.Span)));
        }

        var typeSpan = block.TypeToken.Span;
        var headerEnd = block.Labels.Length > 0 ? block.Labels[^1].Span.End : typeSpan.End;
        return new TerraformBlock(
            block.Type,
            tree.GetLocation(typeSpan),
            labels.MoveToImmutable(),
            TerraformBody.FromHcl(block.Body, block.Type, parentType),
            tree.GetLocation(TextSpan.FromBounds(typeSpan.Start, headerEnd)),
            block.Location,
            block);
    }

    /// <summary>Wraps a JSON block.</summary>
    public static TerraformBlock FromJson(SyntaxTree tree, TerraformJsonBlock block, string? parentType = null)
    {
        var labels = ImmutableArray.CreateBuilder<TerraformLabel>(block.Labels.Length);
        foreach (var label in block.Labels)
        {
            labels.Add(new TerraformLabel(label.Name, tree.GetLocation(label.NameSpan)));
        }

        var header = block.Labels.Length > 0 ? block.Labels[^1].NameSpan : block.TypeSpan;
        return new TerraformBlock(
            block.Type,
            tree.GetLocation(block.TypeSpan),
            labels.MoveToImmutable(),
            TerraformBody.FromJson(tree, block.Body, TerraformBlockSchema.For(block.Type, parentType), block.Type),
            tree.GetLocation(header),
            tree.GetLocation(block.Body.Value.Span),
            null);
    }

    /// <inheritdoc />
    public override string ToString() => Labels.IsEmpty ? Type : $"{Type} {string.Join(' ', Labels.Select(l => $"\"{l.Value}\""))}";
}
