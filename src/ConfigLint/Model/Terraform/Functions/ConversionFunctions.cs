using System.Globalization;
using ConfigLint.Model.Terraform.Values;

namespace ConfigLint.Model.Terraform.Functions;

/// <summary>
/// Type conversion and date/time functions (Terraform documentation, "Type Conversion Functions" and "Date and Time
/// Functions", read 2026-12). <c>try</c> and <c>can</c> are evaluated by the evaluator, which holds their unevaluated
/// arguments.
/// </summary>
internal static class ConversionFunctions
{
    public static void Register(FunctionRegistrar add)
    {
        add("tostring", 1, 1, a => a[0].IsNull ? TerraformValue.Null : TerraformValue.String(a.String(0)));
        add("tonumber", 1, 1, a => a[0].IsNull ? TerraformValue.Null : TerraformValue.Number(a.Number(0)));
        add("tobool", 1, 1, a => a[0].IsNull ? TerraformValue.Null : TerraformValue.Bool(a.Bool(0)));
        add("tolist", 1, 1, a => TerraformValue.Tuple(a.Sequence(0)));
        add("toset", 1, 1, a => CollectionFunctions.Set(a.Sequence(0)));
        add("tomap", 1, 1, a => TerraformValue.Object(a.Map(0)));
        add("sensitive", 1, 1, a => a[0].WithSensitive(true));
        add("nonsensitive", 1, 1, a => a[0].WithSensitive(false));
        add("issensitive", 1, 1, a => TerraformValue.Bool(a[0].IsSensitive));
        add("timeadd", 2, 2, TimeAdd);
        add("timecmp", 2, 2, a => TerraformValue.Number(Timestamp(a, 0).CompareTo(Timestamp(a, 1))));
        add("formatdate", 2, 2, null);
        add("timestamp", 0, 0, null);
        add("ephemeralasnull", 1, 1, a => a[0]);
        add("textencodebase64", 2, 2, null);
        add("textdecodebase64", 2, 2, null);
        add("plantimestamp", 0, 0, null);
    }

    private static DateTimeOffset Timestamp(FunctionArguments a, int index) =>
        DateTimeOffset.TryParse(a.String(index), CultureInfo.InvariantCulture, DateTimeStyles.None, out var time)
            ? time
            : throw a.Invalid(index, "not a valid RFC3339 timestamp");

    private static TerraformValue TimeAdd(FunctionArguments a)
    {
        var time = Timestamp(a, 0);
        var duration = ParseDuration(a, a.String(1));
        return TerraformValue.String(time.ToUniversalTime().Add(duration).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));
    }

    // Go duration syntax: "1h30m", "-2.5h", "90s", "300ms".
    private static TimeSpan ParseDuration(FunctionArguments a, string text)
    {
        var span = text.AsSpan();
        var negative = span.StartsWith("-");
        if (negative || span.StartsWith("+"))
        {
            span = span[1..];
        }

        var total = 0.0;
        while (!span.IsEmpty)
        {
            var digits = 0;
            while (digits < span.Length && (char.IsAsciiDigit(span[digits]) || span[digits] == '.'))
            {
                digits++;
            }

            var units = digits;
            while (units < span.Length && char.IsAsciiLetter(span[units]) || units < span.Length && span[units] == 'µ')
            {
                units++;
            }

            if (digits == 0 || !double.TryParse(span[..digits], NumberStyles.Float, CultureInfo.InvariantCulture, out var amount))
            {
                throw a.Invalid(1, $"invalid duration \"{text}\"");
            }

            total += span[digits..units] switch
            {
                "h" => amount * 3600e3,
                "m" => amount * 60e3,
                "s" => amount * 1e3,
                "ms" => amount,
                "us" or "µs" => amount / 1e3,
                "ns" => amount / 1e6,
                _ => throw a.Invalid(1, $"invalid duration \"{text}\""),
            };
            span = span[units..];
        }

        return TimeSpan.FromMilliseconds(negative ? -total : total);
    }
}
