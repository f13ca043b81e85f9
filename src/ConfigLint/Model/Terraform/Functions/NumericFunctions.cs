using System.Globalization;
using System.Numerics;
using ConfigLint.Model.Terraform.Values;

namespace ConfigLint.Model.Terraform.Functions;

/// <summary>Numeric functions (Terraform documentation, "Numeric Functions", read 2026-12).</summary>
internal static class NumericFunctions
{
    public static void Register(FunctionRegistrar add)
    {
        add("abs", 1, 1, a => Num(Math.Abs(a.Number(0))));
        add("ceil", 1, 1, a => Num(Math.Ceiling(a.Number(0))));
        add("floor", 1, 1, a => Num(Math.Floor(a.Number(0))));
        add("signum", 1, 1, a => Num(Math.Sign(a.Number(0))));
        add("max", 1, -1, a => Num(Numbers(a).Max()));
        add("min", 1, -1, a => Num(Numbers(a).Min()));
        add("pow", 2, 2, a => Num((decimal)Math.Pow((double)a.Number(0), (double)a.Number(1))));
        add("log", 2, 2, a => Num((decimal)Math.Log((double)a.Number(0), (double)a.Number(1))));
        add("parseint", 2, 2, ParseInt);
    }

    private static TerraformValue Num(decimal value) => TerraformValue.Number(value);

    private static IEnumerable<decimal> Numbers(FunctionArguments a)
    {
        for (var i = 0; i < a.Count; i++)
        {
            yield return a.Number(i);
        }
    }

    private static TerraformValue ParseInt(FunctionArguments a)
    {
        var text = a.String(0);
        var radix = a.Integer(1);
        if (radix is < 2 or > 62)
        {
            throw a.Invalid(1, "base must be a whole number between 2 and 62 inclusive");
        }

        var negative = text.StartsWith('-');
        var digits = negative || text.StartsWith('+') ? text[1..] : text;
        if (digits.Length == 0)
        {
            throw a.Invalid(0, $"cannot parse \"{text}\" as a base {radix} integer");
        }

        var result = BigInteger.Zero;
        foreach (var c in digits)
        {
            var digit = c switch
            {
                >= '0' and <= '9' => c - '0',
                >= 'a' and <= 'z' => c - 'a' + 10,
                >= 'A' and <= 'Z' => radix > 36 ? c - 'A' + 36 : c - 'A' + 10,
                _ => int.MaxValue,
            };
            if (digit >= radix)
            {
                throw a.Invalid(0, $"cannot parse \"{text}\" as a base {radix} integer");
            }

            result = result * radix + digit;
        }

        return decimal.TryParse((negative ? -result : result).ToString(CultureInfo.InvariantCulture), NumberStyles.Integer, CultureInfo.InvariantCulture, out var number)
            ? Num(number)
            : TerraformValue.UnknownBecause("the number is too large to evaluate here");
    }
}
