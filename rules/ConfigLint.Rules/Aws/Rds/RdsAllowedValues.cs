using System.Collections.Immutable;
using System.Globalization;

namespace ConfigLint.Rules.Aws.Rds;

/// <summary>
/// <c>AllowedValues</c> of an RDS parameter: numeric ranges (<c>0-2147483647</c>, <c>-1-2147483647</c>,
/// <c>0-1.79769e+308</c>) and literal values (<c>none,ddl,mod,all</c>), comma separated, in any mix.
/// </summary>
public sealed class RdsAllowedValues
{
    private RdsAllowedValues(string text, ImmutableArray<(double Min, double Max)> ranges, ImmutableArray<string> literals)
    {
        Text = text;
        Ranges = ranges;
        Literals = literals;
    }

    /// <summary>The text as RDS writes it.</summary>
    public string Text { get; }

    /// <summary>The numeric ranges, inclusive.</summary>
    public ImmutableArray<(double Min, double Max)> Ranges { get; }

    /// <summary>The literal values (compared without regard to case, as the engines do).</summary>
    public ImmutableArray<string> Literals { get; }

    /// <summary>Parses <c>AllowedValues</c>; null for empty text.</summary>
    public static RdsAllowedValues? Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var ranges = ImmutableArray.CreateBuilder<(double, double)>();
        var literals = ImmutableArray.CreateBuilder<string>();
        foreach (var raw in text.Split(','))
        {
            var item = raw.Trim();
            if (item.Length == 0)
            {
                continue;
            }

            if (TryRange(item, out var min, out var max))
            {
                ranges.Add((min, max));
            }
            else
            {
                literals.Add(item);
            }
        }

        return new RdsAllowedValues(text, ranges.ToImmutable(), literals.ToImmutable());
    }

    /// <summary>Whether a number is inside one of the ranges, or written as one of the literals.</summary>
    public bool AllowsNumber(double value, string written)
    {
        foreach (var (min, max) in Ranges)
        {
            if (value >= min && value <= max)
            {
                return true;
            }
        }

        return AllowsLiteral(written);
    }

    /// <summary>Whether a value is one of the literals, without regard to case.</summary>
    public bool AllowsLiteral(string value)
    {
        foreach (var literal in Literals)
        {
            if (string.Equals(literal, value, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Parses a number the way RDS writes them (invariant, optional exponent).</summary>
    public static bool TryNumber(string text, out double value) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out value) && double.IsFinite(value);

    /// <summary>The range as written back: <c>1-2147483647</c>.</summary>
    public static string Format(double value) => value.ToString("0.################", CultureInfo.InvariantCulture);

    // "min-max" where either side may be negative or have an exponent: the separator is the first '-' that follows a
    // digit or a '.', not one that starts a number or an exponent.
    private static bool TryRange(string item, out double min, out double max)
    {
        min = max = 0;
        for (var i = 1; i < item.Length - 1; i++)
        {
            if (item[i] == '-' && (char.IsAsciiDigit(item[i - 1]) || item[i - 1] == '.'))
            {
                return TryNumber(item[..i], out min) && TryNumber(item[(i + 1)..], out max) && min <= max;
            }
        }

        return false;
    }
}
