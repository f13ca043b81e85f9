using System.Globalization;
using ConfigLint.Model.Terraform.Values;
using ConfigLint.Syntax.Hcl;

namespace ConfigLint.Model.Terraform.Evaluation;

/// <summary>
/// HCL's operators on known values (HCL native syntax specification, "Operations", read 2026-12): arithmetic on
/// numbers (numeric strings convert), comparison, structural equality, and logic on bools. Unknown in, unknown out;
/// an operation Terraform rejects is an error value. Results keep the operands' origins and sensitivity.
/// </summary>
internal static class TerraformOperators
{
    public static TerraformValue Binary(HclTokenKind op, TerraformValue left, TerraformValue right)
    {
        var result = BinaryCore(op, left, right);
        return result.IsError ? result : result.WithOrigins(left.Origins).WithOrigins(right.Origins).WithSensitive(left.IsSensitive || right.IsSensitive);
    }

    public static TerraformValue Unary(HclTokenKind op, TerraformValue operand)
    {
        if (operand.IsError || !operand.IsKnown)
        {
            return operand;
        }

        TerraformValue result = op switch
        {
            HclTokenKind.Minus => ToNumber(operand) is { } number ? TerraformValue.Number(-number) : TerraformValue.Error("Invalid operand: a number is required."),
            HclTokenKind.Bang => ToBool(operand) is { } flag ? TerraformValue.Bool(!flag) : TerraformValue.Error("Invalid operand: a bool is required."),
            _ => TerraformValue.Error("Invalid unary operator."),
        };
        return result.IsError ? result : result.WithOrigins(operand.Origins).WithSensitive(operand.IsSensitive);
    }

    /// <summary>A bool, or a string Terraform converts to one; null otherwise.</summary>
    public static bool? ToBool(TerraformValue value) => value.Kind switch
    {
        TerraformValueKind.Bool => value.AsBool,
        TerraformValueKind.String when value.AsString == "true" => true,
        TerraformValueKind.String when value.AsString == "false" => false,
        _ => null,
    };

    /// <summary>A number, or a string Terraform converts to one; null otherwise.</summary>
    public static decimal? ToNumber(TerraformValue value) => value.Kind switch
    {
        TerraformValueKind.Number => value.AsNumber,
        TerraformValueKind.String when decimal.TryParse(value.AsString, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) => number,
        _ => null,
    };

    private static TerraformValue BinaryCore(HclTokenKind op, TerraformValue left, TerraformValue right)
    {
        if (left.IsError)
        {
            return left;
        }

        if (right.IsError)
        {
            return right;
        }

        switch (op)
        {
            case HclTokenKind.AmpersandAmpersand or HclTokenKind.BarBar:
                return Logic(op, left, right);
            case HclTokenKind.EqualsEquals or HclTokenKind.NotEquals:
                if (!left.IsWhollyKnown || !right.IsWhollyKnown)
                {
                    return Unknown(left, right);
                }

                var equal = left.EqualsValue(right) == true;
                return TerraformValue.Bool(op == HclTokenKind.EqualsEquals ? equal : !equal);
        }

        if (!left.IsKnown || !right.IsKnown)
        {
            return Unknown(left, right);
        }

        if (ToNumber(left) is not { } a || ToNumber(right) is not { } b)
        {
            return TerraformValue.Error("Invalid operand: a number is required.");
        }

        try
        {
            return op switch
            {
                HclTokenKind.Plus => TerraformValue.Number(a + b),
                HclTokenKind.Minus => TerraformValue.Number(a - b),
                HclTokenKind.Star => TerraformValue.Number(a * b),
                HclTokenKind.Slash => b == 0 ? TerraformValue.Error("Division by zero.") : TerraformValue.Number(a / b),
                HclTokenKind.Percent => b == 0 ? TerraformValue.Error("Division by zero.") : TerraformValue.Number(a % b),
                HclTokenKind.LessThan => TerraformValue.Bool(a < b),
                HclTokenKind.LessThanEquals => TerraformValue.Bool(a <= b),
                HclTokenKind.GreaterThan => TerraformValue.Bool(a > b),
                HclTokenKind.GreaterThanEquals => TerraformValue.Bool(a >= b),
                _ => TerraformValue.Error("Invalid operator."),
            };
        }
        catch (OverflowException)
        {
            return TerraformValue.UnknownBecause("the number is too large to evaluate here");
        }
    }

    // A known left operand that decides the result is enough (false && x, true || x), as HCL short-circuits.
    private static TerraformValue Logic(HclTokenKind op, TerraformValue left, TerraformValue right)
    {
        var and = op == HclTokenKind.AmpersandAmpersand;
        if (left.IsKnown)
        {
            if (ToBool(left) is not { } l)
            {
                return TerraformValue.Error("Invalid operand: a bool is required.");
            }

            if (l != and)
            {
                return TerraformValue.Bool(l);
            }
        }

        if (!left.IsKnown || !right.IsKnown)
        {
            return Unknown(left, right);
        }

        return ToBool(right) is { } r ? TerraformValue.Bool(r) : TerraformValue.Error("Invalid operand: a bool is required.");
    }

    private static TerraformValue Unknown(TerraformValue left, TerraformValue right) =>
        TerraformValue.UnknownBecause((!left.IsWhollyKnown ? left.UnknownReason : right.UnknownReason) ?? "an operand is unknown");
}
