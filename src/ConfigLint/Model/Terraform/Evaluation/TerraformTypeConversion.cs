using System.Globalization;
using ConfigLint.Model.Terraform.Functions;
using ConfigLint.Model.Terraform.Values;

namespace ConfigLint.Model.Terraform.Evaluation;

/// <summary>
/// Converts a value to a type constraint the way Terraform converts a variable's value (documentation, "Type
/// Constraints: Conversion of Primitive Types" and "Optional Object Type Attributes", read 2026-12): numbers and
/// bools to strings and back, tuples to lists and sets, objects to maps and objects, with optional attributes
/// filled from their defaults. Unknown stays unknown; a value that cannot convert is an error value.
/// </summary>
internal static class TerraformTypeConversion
{
    public static TerraformValue Convert(TerraformValue value, TerraformType type, Func<TerraformExpression, TerraformValue> evaluateDefault, string what)
    {
        var converted = ConvertInner(value, type, evaluateDefault, what);
        return converted.IsError || ReferenceEquals(converted, value)
            ? converted
            : converted.WithOrigins(value.Origins).WithSensitive(value.IsSensitive || converted.IsSensitive);
    }

    private static TerraformValue ConvertInner(TerraformValue value, TerraformType type, Func<TerraformExpression, TerraformValue> evaluateDefault, string what)
    {
        if (!value.IsKnown || value.IsNull || type.Kind == TerraformTypeKind.Any)
        {
            return value;
        }

        switch (type.Kind)
        {
            case TerraformTypeKind.String:
                return value.Kind switch
                {
                    TerraformValueKind.String => value,
                    TerraformValueKind.Number or TerraformValueKind.Bool => TerraformValue.String(value.ToStringValue()!),
                    _ => Mismatch(what, "string required"),
                };
            case TerraformTypeKind.Number:
                if (value.Kind == TerraformValueKind.Number)
                {
                    return value;
                }

                return value.Kind == TerraformValueKind.String && decimal.TryParse(value.AsString, NumberStyles.Float, CultureInfo.InvariantCulture, out var number)
                    ? TerraformValue.Number(number)
                    : Mismatch(what, "a number is required");
            case TerraformTypeKind.Bool:
                return value.Kind switch
                {
                    TerraformValueKind.Bool => value,
                    TerraformValueKind.String when value.AsString == "true" => TerraformValue.True,
                    TerraformValueKind.String when value.AsString == "false" => TerraformValue.False,
                    _ => Mismatch(what, "a bool is required"),
                };
            case TerraformTypeKind.List or TerraformTypeKind.Set:
                if (value.Kind != TerraformValueKind.Tuple)
                {
                    return Mismatch(what, $"{type.Kind.ToString().ToLowerInvariant()} of {type.Element} required");
                }

                var items = new List<TerraformValue>(value.Items.Length);
                for (var i = 0; i < value.Items.Length; i++)
                {
                    var item = ConvertInner(value.Items[i], type.Element!, evaluateDefault, $"{what}[{i}]");
                    if (item.IsError)
                    {
                        return item;
                    }

                    items.Add(item.WithOrigins(value.Items[i].Origins));
                }

                return type.Kind == TerraformTypeKind.Set ? TerraformFunctions.Call("toset", [TerraformValue.Tuple(items)]) : TerraformValue.Tuple(items);
            case TerraformTypeKind.Map:
                if (value.Kind != TerraformValueKind.Object)
                {
                    return Mismatch(what, $"map of {type.Element} required");
                }

                var entries = new List<KeyValuePair<string, TerraformValue>>(value.Attributes.Length);
                foreach (var (key, entry) in value.Attributes)
                {
                    var converted = ConvertInner(entry, type.Element!, evaluateDefault, $"{what}[\"{key}\"]");
                    if (converted.IsError)
                    {
                        return converted;
                    }

                    entries.Add(KeyValuePair.Create(key, converted.WithOrigins(entry.Origins)));
                }

                return TerraformValue.Object(entries);
            case TerraformTypeKind.Tuple:
                if (value.Kind != TerraformValueKind.Tuple || value.Items.Length != type.Elements.Length)
                {
                    return Mismatch(what, $"tuple of {type.Elements.Length} elements required");
                }

                var elements = new List<TerraformValue>(value.Items.Length);
                for (var i = 0; i < value.Items.Length; i++)
                {
                    var element = ConvertInner(value.Items[i], type.Elements[i], evaluateDefault, $"{what}[{i}]");
                    if (element.IsError)
                    {
                        return element;
                    }

                    elements.Add(element.WithOrigins(value.Items[i].Origins));
                }

                return TerraformValue.Tuple(elements);
            case TerraformTypeKind.Object:
                return ConvertObject(value, type, evaluateDefault, what);
            default:
                return value;
        }
    }

    private static TerraformValue ConvertObject(TerraformValue value, TerraformType type, Func<TerraformExpression, TerraformValue> evaluateDefault, string what)
    {
        if (value.Kind != TerraformValueKind.Object)
        {
            return Mismatch(what, "object required");
        }

        var attributes = new List<KeyValuePair<string, TerraformValue>>(type.Attributes.Length);
        foreach (var attribute in type.Attributes)
        {
            var given = value.GetAttribute(attribute.Name);
            if (given is null || given.IsNull)
            {
                if (!attribute.IsOptional)
                {
                    if (given is null)
                    {
                        return TerraformValue.Error($"Invalid value for {what}: attribute \"{attribute.Name}\" is required.");
                    }
                }
                else if (attribute.Default is { } defaultExpression)
                {
                    given = evaluateDefault(defaultExpression);
                    if (!attribute.DefaultLocation.IsNone)
                    {
                        given = given.WithOrigin(new ValueOrigin(attribute.DefaultLocation, $"default of \"{attribute.Name}\" in the type of {what}"));
                    }
                }
                else
                {
                    given = TerraformValue.Null;
                }
            }

            var converted = ConvertInner(given, attribute.Type, evaluateDefault, $"{what}.{attribute.Name}");
            if (converted.IsError)
            {
                return converted;
            }

            attributes.Add(KeyValuePair.Create(attribute.Name, converted.WithOrigins(given.Origins)));
        }

        // Attributes the type does not declare are dropped, as Terraform drops them.
        return TerraformValue.Object(attributes);
    }

    private static TerraformValue Mismatch(string what, string problem) => TerraformValue.Error($"Invalid value for {what}: {problem}.");
}
