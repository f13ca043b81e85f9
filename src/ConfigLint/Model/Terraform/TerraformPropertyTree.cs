using System.Collections.Immutable;
using ConfigLint.Syntax.Hcl;
using ConfigLint.Syntax.Json;

namespace ConfigLint.Model.Terraform;

/// <summary>
/// Builds the uniform property tree of a Terraform body: each attribute is a property, each nested block a property
/// holding an object (names repeat for repeated blocks). Literals become scalars, tuple and object constructors
/// whose keys are names or plain strings become lists and objects, and anything else is a
/// <see cref="TerraformConfigExpression"/>.
/// </summary>
public static class TerraformPropertyTree
{
    /// <summary>The properties of a body.</summary>
    public static ConfigObject Build(TerraformBody body)
    {
        var properties = ImmutableArray.CreateBuilder<ConfigProperty>();
        foreach (var attribute in body.Attributes)
        {
            properties.Add(new ConfigProperty(attribute.Name, attribute.NameLocation, ValueOf(attribute.Expression)));
        }

        foreach (var block in body.Blocks)
        {
            properties.Add(new ConfigProperty(block.Type, block.TypeLocation, Build(block.Body)));
        }

        // Native syntax keeps source order across attributes and blocks; JSON bodies are already in member order.
        properties.Sort((a, b) => a.NameLocation.Span.Start.CompareTo(b.NameLocation.Span.Start));
        return new ConfigObject(body.Location, properties.ToImmutable());
    }

    /// <summary>The property-tree value of an expression.</summary>
    public static ConfigValue ValueOf(TerraformExpression expression)
    {
        if (expression.Json is { } json)
        {
            return json.Kind switch
            {
                TerraformJsonValueKind.Number => new ConfigScalar(expression.Location, json.SourceText, ScalarKind.Number),
                TerraformJsonValueKind.Boolean => new ConfigScalar(expression.Location, json.SourceText, ScalarKind.Boolean),
                TerraformJsonValueKind.Null => new ConfigScalar(expression.Location, "null", ScalarKind.Null),
                TerraformJsonValueKind.String when expression.TryGetStaticString(out var text) => new ConfigScalar(expression.Location, text),
                TerraformJsonValueKind.Array => new ConfigList(expression.Location, [.. expression.JsonItems.Select(ValueOf)]),
                TerraformJsonValueKind.Object => new ConfigObject(expression.Location,
                    [.. expression.JsonMembers.Select(m => new ConfigProperty(m.Key.Name, expression.Tree.GetLocation(m.Key.NameSpan), ValueOf(m.Value)))]),
                _ => new TerraformConfigExpression(expression),
            };
        }

        var syntax = expression.Syntax!;
        switch (syntax.Kind)
        {
            case HclSyntaxKind.Literal:
                var literal = syntax.LiteralText!;
                return literal switch
                {
                    "true" or "false" => new ConfigScalar(expression.Location, literal, ScalarKind.Boolean),
                    "null" => new ConfigScalar(expression.Location, literal, ScalarKind.Null),
                    _ => new ConfigScalar(expression.Location, HclNumber.IsValid(literal) ? HclNumber.Format(literal) : literal, ScalarKind.Number),
                };
            case HclSyntaxKind.Unary when syntax.Operator == HclTokenKind.Minus && syntax.First is { Kind: HclSyntaxKind.Literal, LiteralText: { } number }
                && HclNumber.IsValid(number):
                return new ConfigScalar(expression.Location, HclNumber.Format(number, negate: true), ScalarKind.Number);
            case HclSyntaxKind.Template when syntax.TryGetStaticString(out var text):
                return new ConfigScalar(expression.Location, text);
            case HclSyntaxKind.Tuple:
                return new ConfigList(expression.Location, [.. syntax.Operands.Select(o => ValueOf(TerraformExpression.FromHcl(o)))]);
            case HclSyntaxKind.Object:
                var items = syntax.Children.OfType<HclObjectItem>().ToList();
                if (items.All(i => i.StaticKey is not null))
                {
                    return new ConfigObject(expression.Location,
                        [.. items.Select(i => new ConfigProperty(i.StaticKey!, i.Key.Location, ValueOf(TerraformExpression.FromHcl(i.Value))))]);
                }

                return new TerraformConfigExpression(expression);
            default:
                return new TerraformConfigExpression(expression);
        }
    }
}
