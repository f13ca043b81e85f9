using System.Collections.Immutable;
using ConfigLint.Syntax.Hcl;
using ConfigLint.Text;

namespace ConfigLint.Model.Terraform.Evaluation;

/// <summary>
/// A type constraint as a variable's <c>type</c> writes it (Terraform documentation, "Type Constraints", read 2026-12):
/// primitives, collections, structural types, <c>any</c>, and <c>optional(T, default)</c> object attributes.
/// </summary>
public sealed class TerraformType
{
    private TerraformType(TerraformTypeKind kind, TerraformType? element = null, ImmutableArray<TerraformType> elements = default, ImmutableArray<TerraformObjectAttribute> attributes = default)
    {
        Kind = kind;
        Element = element;
        Elements = elements.IsDefault ? [] : elements;
        Attributes = attributes.IsDefault ? [] : attributes;
    }

    /// <summary><c>any</c>.</summary>
    public static TerraformType Any { get; } = new(TerraformTypeKind.Any);

    /// <summary><c>string</c>.</summary>
    public static TerraformType String { get; } = new(TerraformTypeKind.String);

    /// <summary><c>number</c>.</summary>
    public static TerraformType Number { get; } = new(TerraformTypeKind.Number);

    /// <summary><c>bool</c>.</summary>
    public static TerraformType Bool { get; } = new(TerraformTypeKind.Bool);

    /// <summary>What the type is.</summary>
    public TerraformTypeKind Kind { get; }

    /// <summary>The element type of a list, set or map.</summary>
    public TerraformType? Element { get; }

    /// <summary>The element types of a tuple.</summary>
    public ImmutableArray<TerraformType> Elements { get; }

    /// <summary>The attributes of an object, in the order written.</summary>
    public ImmutableArray<TerraformObjectAttribute> Attributes { get; }

    /// <summary>True for <c>string</c>, <c>number</c> and <c>bool</c>.</summary>
    public bool IsPrimitive => Kind is TerraformTypeKind.String or TerraformTypeKind.Number or TerraformTypeKind.Bool;

    /// <summary><c>list(T)</c>, <c>set(T)</c> or <c>map(T)</c>.</summary>
    public static TerraformType Collection(TerraformTypeKind kind, TerraformType element) => new(kind, element);

    /// <summary>Reads a type expression; null when it is not one.</summary>
    public static TerraformType? Parse(TerraformExpression expression) =>
        expression.Syntax is { } syntax ? Parse(syntax, expression.IsEmbedded) : null;

    /// <inheritdoc />
    public override string ToString() => Kind switch
    {
        TerraformTypeKind.List or TerraformTypeKind.Set or TerraformTypeKind.Map => $"{Kind.ToString().ToLowerInvariant()}({Element})",
        TerraformTypeKind.Tuple => $"tuple([{string.Join(", ", Elements)}])",
        TerraformTypeKind.Object => $"object({{{string.Join(", ", Attributes.Select(a => $"{a.Name} = {(a.IsOptional ? $"optional({a.Type})" : a.Type.ToString())}"))}}})",
        _ => Kind.ToString().ToLowerInvariant(),
    };

    private static TerraformType? Parse(HclExpression syntax, bool embedded)
    {
        switch (syntax.Kind)
        {
            case HclSyntaxKind.Variable:
                return Primitive(syntax.Name!);
            case HclSyntaxKind.Template when syntax.TryGetStaticString(out var legacy):
                // Terraform 0.11's quoted forms, still read by some modules.
                return legacy switch { "string" => String, "list" => Collection(TerraformTypeKind.List, Any), "map" => Collection(TerraformTypeKind.Map, Any), _ => null };
            case HclSyntaxKind.Parenthesized when syntax.First is { } inner:
                return Parse(inner, embedded);
            case HclSyntaxKind.FunctionCall:
                var arguments = syntax.Operands.ToList();
                switch (syntax.FunctionName)
                {
                    case "list" or "set" or "map" when arguments.Count == 1 && Parse(arguments[0], embedded) is { } element:
                        var kind = syntax.FunctionName switch { "list" => TerraformTypeKind.List, "set" => TerraformTypeKind.Set, _ => TerraformTypeKind.Map };
                        return Collection(kind, element);
                    case "tuple" when arguments.Count == 1 && arguments[0].Kind == HclSyntaxKind.Tuple:
                        var elements = ImmutableArray.CreateBuilder<TerraformType>();
                        foreach (var item in arguments[0].Operands)
                        {
                            if (Parse(item, embedded) is not { } type)
                            {
                                return null;
                            }

                            elements.Add(type);
                        }

                        return new TerraformType(TerraformTypeKind.Tuple, elements: elements.ToImmutable());
                    case "object" when arguments.Count == 1 && arguments[0].Kind == HclSyntaxKind.Object:
                        return ParseObject(arguments[0], embedded);
                }

                return null;
            default:
                return null;
        }
    }

    private static TerraformType? ParseObject(HclExpression constructor, bool embedded)
    {
        var attributes = ImmutableArray.CreateBuilder<TerraformObjectAttribute>();
        foreach (var item in constructor.Children.OfType<HclObjectItem>())
        {
            if (item.StaticKey is not { } name)
            {
                return null;
            }

            var value = item.Value;
            if (value.Kind == HclSyntaxKind.FunctionCall && value.FunctionName == "optional")
            {
                var arguments = value.Operands.ToList();
                if (arguments.Count is < 1 or > 2 || Parse(arguments[0], embedded) is not { } optionalType)
                {
                    return null;
                }

                var defaultValue = arguments.Count == 2 ? TerraformExpression.FromHcl(arguments[1]) : null;
                attributes.Add(new TerraformObjectAttribute(name, optionalType, true, defaultValue, embedded || defaultValue is null ? Location.None : defaultValue.Location));
                continue;
            }

            if (Parse(value, embedded) is not { } type)
            {
                return null;
            }

            attributes.Add(new TerraformObjectAttribute(name, type, false, null, Location.None));
        }

        return new TerraformType(TerraformTypeKind.Object, attributes: attributes.ToImmutable());
    }

    private static TerraformType? Primitive(string name) => name switch
    {
        "string" => String,
        "number" => Number,
        "bool" => Bool,
        "any" => Any,
        "list" => Collection(TerraformTypeKind.List, Any),
        "map" => Collection(TerraformTypeKind.Map, Any),
        "set" => Collection(TerraformTypeKind.Set, Any),
        _ => null,
    };
}
