using System.Collections.Immutable;
using System.Globalization;
using ConfigLint.Model.Terraform.Values;

namespace ConfigLint.Model.Terraform.Functions;

/// <summary>
/// The arguments of one call with Terraform's automatic conversions (a number or bool where a string is wanted, a
/// numeric string where a number is wanted). Accessors throw <see cref="FunctionArgumentException"/> with
/// Terraform's wording; <see cref="TerraformFunctions.Call"/> turns that into an error value.
/// </summary>
public sealed class FunctionArguments
{
    private readonly IReadOnlyList<TerraformValue> _values;

    internal FunctionArguments(string function, IReadOnlyList<TerraformValue> values)
    {
        Function = function;
        _values = values;
    }

    /// <summary>The function being called.</summary>
    public string Function { get; }

    /// <summary>How many arguments were given (after <c>...</c> expansion).</summary>
    public int Count => _values.Count;

    /// <summary>The raw argument.</summary>
    public TerraformValue this[int index] => _values[index];

    /// <summary>All arguments from <paramref name="start"/> on.</summary>
    public IEnumerable<TerraformValue> From(int start) => _values.Skip(start);

    /// <summary>A string argument (numbers and bools convert).</summary>
    public string String(int index)
    {
        var value = _values[index];
        return value.Kind is TerraformValueKind.String or TerraformValueKind.Number or TerraformValueKind.Bool
            ? value.ToStringValue()!
            : throw Invalid(index, $"string required, but have {Describe(value)}");
    }

    /// <summary>A number argument (numeric strings convert).</summary>
    public decimal Number(int index) => ToNumber(_values[index], index);

    /// <summary>A whole-number argument.</summary>
    public int Integer(int index)
    {
        var number = Number(index);
        if (number != decimal.Truncate(number))
        {
            throw Invalid(index, "value must be a whole number");
        }

        return number is > int.MaxValue or < int.MinValue
            ? throw Invalid(index, "value is too large")
            : (int)number;
    }

    /// <summary>A bool argument (<c>"true"</c>/<c>"false"</c> convert).</summary>
    public bool Bool(int index)
    {
        var value = _values[index];
        return value.Kind switch
        {
            TerraformValueKind.Bool => value.AsBool,
            TerraformValueKind.String when value.AsString == "true" => true,
            TerraformValueKind.String when value.AsString == "false" => false,
            _ => throw Invalid(index, $"bool required, but have {Describe(value)}"),
        };
    }

    /// <summary>A list, set or tuple argument.</summary>
    public ImmutableArray<TerraformValue> Sequence(int index)
    {
        var value = _values[index];
        return value.Kind == TerraformValueKind.Tuple
            ? value.Items
            : throw Invalid(index, $"list, set or tuple required, but have {Describe(value)}");
    }

    /// <summary>A map or object argument.</summary>
    public ImmutableArray<KeyValuePair<string, TerraformValue>> Map(int index)
    {
        var value = _values[index];
        return value.Kind == TerraformValueKind.Object
            ? value.Attributes
            : throw Invalid(index, $"map or object required, but have {Describe(value)}");
    }

    /// <summary>An error about argument <paramref name="index"/>, worded as Terraform words it.</summary>
    public FunctionArgumentException Invalid(int index, string problem) =>
        new($"Invalid value for \"{Function}\" argument {index + 1}: {problem}.");

    /// <summary>An error about the call as a whole.</summary>
    public FunctionArgumentException Fail(string problem) => new($"Call to function \"{Function}\" failed: {problem}.");

    /// <summary>Converts any primitive to a number as Terraform does, or throws.</summary>
    internal decimal ToNumber(TerraformValue value, int index) => value.Kind switch
    {
        TerraformValueKind.Number => value.AsNumber,
        TerraformValueKind.String when decimal.TryParse(value.AsString, NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed) => parsed,
        _ => throw Invalid(index, $"number required, but have {Describe(value)}"),
    };

    /// <summary>The type name Terraform would print for a value.</summary>
    public static string Describe(TerraformValue value) => value.Kind switch
    {
        TerraformValueKind.Null => "null",
        TerraformValueKind.Bool => "bool",
        TerraformValueKind.Number => "number",
        TerraformValueKind.String => "string",
        TerraformValueKind.Tuple => "tuple",
        TerraformValueKind.Object => "object",
        _ => "unknown",
    };
}
