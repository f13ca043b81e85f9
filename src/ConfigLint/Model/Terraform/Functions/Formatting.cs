using System.Globalization;
using System.Text;
using ConfigLint.Model.Terraform.Values;

namespace ConfigLint.Model.Terraform.Functions;

/// <summary>
/// Terraform's <c>format</c> verbs (<c>%s %d %v %q %t %f %e %g %x %X %o %b %#v %%</c>, flags <c>-+ 0</c>, width,
/// precision and <c>%[n]</c> argument indexes), as its documentation describes them.
/// </summary>
internal static class Formatting
{
    public static string Format(FunctionArguments call, string format, IReadOnlyList<TerraformValue> values)
    {
        var builder = new StringBuilder(format.Length + 16);
        var next = 0;
        for (var i = 0; i < format.Length; i++)
        {
            var c = format[i];
            if (c != '%')
            {
                builder.Append(c);
                continue;
            }

            if (++i >= format.Length)
            {
                throw call.Fail("format string ends with a lone '%'");
            }

            if (format[i] == '%')
            {
                builder.Append('%');
                continue;
            }

            var spec = ReadSpec(call, format, ref i, ref next);
            if (spec.Argument >= values.Count)
            {
                throw call.Fail($"not enough arguments for format string (verb %{spec.Verb} needs argument {spec.Argument + 1})");
            }

            builder.Append(Pad(Render(call, spec, values[spec.Argument], spec.Argument + 1), spec));
        }

        if (next < values.Count && !format.Contains("%[", StringComparison.Ordinal))
        {
            throw call.Fail($"too many arguments; only {next} used by format string");
        }

        return builder.ToString();
    }

    private static Spec ReadSpec(FunctionArguments call, string format, ref int i, ref int next)
    {
        var spec = new Spec();
        for (; i < format.Length; i++)
        {
            switch (format[i])
            {
                case '-': spec.LeftAlign = true; continue;
                case '+': spec.Plus = true; continue;
                case ' ': spec.Space = true; continue;
                case '0': spec.ZeroPad = true; continue;
                case '#': spec.Alternate = true; continue;
            }

            break;
        }

        if (i < format.Length && format[i] == '[')
        {
            var close = format.IndexOf(']', i);
            if (close < 0 || !int.TryParse(format.AsSpan(i + 1, close - i - 1), out var index) || index < 1)
            {
                throw call.Fail("invalid argument index in format string");
            }

            next = index - 1;
            i = close + 1;
        }

        spec.Width = ReadNumber(format, ref i);
        if (i < format.Length && format[i] == '.')
        {
            i++;
            spec.Precision = ReadNumber(format, ref i) ?? 0;
        }

        if (spec.Width > ValueLimits.MaxStringLength || spec.Precision > ValueLimits.MaxStringLength)
        {
            throw new ResultTooLargeException();
        }

        if (i >= format.Length)
        {
            throw call.Fail("format string ends in the middle of a verb");
        }

        spec.Verb = format[i];
        spec.Argument = next++;
        return spec;
    }

    private static int? ReadNumber(string format, ref int i)
    {
        var start = i;
        while (i < format.Length && char.IsAsciiDigit(format[i]))
        {
            i++;
        }

        return i > start ? int.Parse(format.AsSpan(start, i - start), CultureInfo.InvariantCulture) : null;
    }

    private static string Render(FunctionArguments call, Spec spec, TerraformValue value, int position)
    {
        switch (spec.Verb)
        {
            case 'v' when spec.Alternate:
                return JsonEncoding.Encode(value);
            case 'v':
                return value.ToStringValue() ?? JsonEncoding.Encode(value);
            case 's':
                var text = value.ToStringValue() ?? throw call.Fail($"unsupported value for \"%s\" at {position}: string required");
                return spec.Precision is { } max && max < text.Length ? text[..max] : text;
            case 'q':
                return JsonEncoding.Encode(TerraformValue.String(value.ToStringValue() ?? throw call.Fail($"unsupported value for \"%q\" at {position}: string required")));
            case 't':
                return value.Kind == TerraformValueKind.Bool ? (value.AsBool ? "true" : "false") : throw call.Fail($"unsupported value for \"%t\" at {position}: bool required");
            case 'd' or 'b' or 'o' or 'x' or 'X' or 'e' or 'E' or 'f' or 'g' or 'G':
                return Number(call, spec, call.ToNumber(value, position - 1), position);
            default:
                throw call.Fail($"unrecognized format verb '{spec.Verb}'");
        }
    }

    private static string Number(FunctionArguments call, Spec spec, decimal number, int position)
    {
        string sign = number < 0 ? "-" : spec.Plus ? "+" : spec.Space ? " " : string.Empty;
        var magnitude = Math.Abs(number);
        string body;
        switch (spec.Verb)
        {
            case 'd' or 'b' or 'o' or 'x' or 'X':
                if (magnitude != decimal.Truncate(magnitude))
                {
                    throw call.Fail($"unsupported value for \"%{spec.Verb}\" at {position}: an integer is required");
                }

                var integer = (System.Numerics.BigInteger)magnitude;
                body = spec.Verb switch
                {
                    'd' => integer.ToString(CultureInfo.InvariantCulture),
                    'x' => integer.ToString("x", CultureInfo.InvariantCulture).TrimStart('0') is { Length: > 0 } hex ? hex : "0",
                    'X' => integer.ToString("X", CultureInfo.InvariantCulture).TrimStart('0') is { Length: > 0 } upper ? upper : "0",
                    'o' => ToBase(integer, 8),
                    _ => ToBase(integer, 2),
                };
                break;
            case 'f':
                body = magnitude.ToString("F" + (spec.Precision ?? 6), CultureInfo.InvariantCulture);
                break;
            case 'e' or 'E':
                body = ((double)magnitude).ToString((spec.Verb == 'e' ? "e" : "E") + (spec.Precision ?? 6), CultureInfo.InvariantCulture)
                    .Replace("e+0", "e+", StringComparison.Ordinal).Replace("E+0", "E+", StringComparison.Ordinal)
                    .Replace("e-0", "e-", StringComparison.Ordinal).Replace("E-0", "E-", StringComparison.Ordinal);
                break;
            default:
                body = TerraformValue.FormatNumber(magnitude);
                break;
        }

        if (spec.ZeroPad && !spec.LeftAlign && spec.Width is { } width && sign.Length + body.Length < width)
        {
            body = new string('0', width - sign.Length - body.Length) + body;
        }

        return sign + body;
    }

    private static string ToBase(System.Numerics.BigInteger value, int radix)
    {
        if (value.IsZero)
        {
            return "0";
        }

        var digits = new StringBuilder();
        while (value > 0)
        {
            digits.Insert(0, (char)('0' + (int)(value % radix)));
            value /= radix;
        }

        return digits.ToString();
    }

    private static string Pad(string text, Spec spec)
    {
        if (spec.Width is not { } width || text.Length >= width)
        {
            return text;
        }

        return spec.LeftAlign ? text.PadRight(width) : text.PadLeft(width);
    }

    private struct Spec
    {
        public bool LeftAlign;
        public bool Plus;
        public bool Space;
        public bool ZeroPad;
        public bool Alternate;
        public int? Width;
        public int? Precision;
        public char Verb;
        public int Argument;
    }
}
