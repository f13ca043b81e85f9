using System.Text;

namespace ConfigLint.Syntax.Hcl;

/// <summary>
/// Number literals: which token texts are numbers, and their exact decimal form as Terraform prints them
/// (no exponent, no trailing zeros: <c>1.5e3</c> is <c>1500</c>). HCL keeps numbers as arbitrary-precision decimals,
/// so nothing here goes through <see cref="double"/>.
/// </summary>
public static class HclNumber
{
    /// <summary>Longest exponent that is expanded; beyond it the number is written with an exponent.</summary>
    private const int MaxExpandedExponent = 100_000;

    /// <summary>True for <c>digits[.digits][e[+-]digits]</c>, the literals HCL accepts.</summary>
    public static bool IsValid(ReadOnlySpan<char> text)
    {
        var i = 0;
        while (i < text.Length && char.IsAsciiDigit(text[i]))
        {
            i++;
        }

        if (i == 0)
        {
            return false;
        }

        if (i < text.Length && text[i] == '.')
        {
            i++;
            while (i < text.Length && char.IsAsciiDigit(text[i]))
            {
                i++;
            }
        }

        if (i < text.Length && text[i] is 'e' or 'E')
        {
            i++;
            if (i < text.Length && text[i] is '+' or '-')
            {
                i++;
            }

            var digits = i;
            while (i < text.Length && char.IsAsciiDigit(text[i]))
            {
                i++;
            }

            if (i == digits)
            {
                return false;
            }
        }

        return i == text.Length;
    }

    /// <summary>The canonical decimal text of a valid literal, negated when <paramref name="negate"/> is set.</summary>
    public static string Format(ReadOnlySpan<char> literal, bool negate = false)
    {
        var mantissaEnd = literal.IndexOfAny('e', 'E');
        var mantissa = mantissaEnd < 0 ? literal : literal[..mantissaEnd];
        long exponent = 0;
        if (mantissaEnd >= 0)
        {
            var digits = literal[(mantissaEnd + 1)..];
            var negative = digits.Length > 0 && digits[0] == '-';
            if (digits.Length > 0 && digits[0] is '+' or '-')
            {
                digits = digits[1..];
            }

            foreach (var d in digits)
            {
                exponent = Math.Min(exponent * 10 + (d - '0'), int.MaxValue);
            }

            exponent = negative ? -exponent : exponent;
        }

        var point = mantissa.IndexOf('.');
        var integer = point < 0 ? mantissa : mantissa[..point];
        var fraction = point < 0 ? [] : mantissa[(point + 1)..];
        var all = new StringBuilder(integer.Length + fraction.Length).Append(integer).Append(fraction).ToString().AsSpan();
        long pointPosition = integer.Length + exponent;
        var lead = 0;
        while (lead < all.Length && all[lead] == '0')
        {
            lead++;
        }

        all = all[lead..];
        pointPosition -= lead;
        all = all.TrimEnd('0');
        var sign = negate ? "-" : string.Empty;
        if (all.IsEmpty)
        {
            return sign + "0";
        }

        if (pointPosition > MaxExpandedExponent || pointPosition < -MaxExpandedExponent)
        {
            return $"{sign}{all[0]}{(all.Length > 1 ? "." + all[1..].ToString() : "")}e{pointPosition - 1}";
        }

        var builder = new StringBuilder(sign, all.Length + 8);
        if (pointPosition <= 0)
        {
            builder.Append("0.").Append('0', (int)-pointPosition).Append(all);
        }
        else if (pointPosition >= all.Length)
        {
            builder.Append(all).Append('0', (int)(pointPosition - all.Length));
        }
        else
        {
            builder.Append(all[..(int)pointPosition]).Append('.').Append(all[(int)pointPosition..]);
        }

        return builder.ToString();
    }
}
