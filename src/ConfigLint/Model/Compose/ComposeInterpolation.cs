using System.Collections.Immutable;
using System.Text;
using ConfigLint.Text;

namespace ConfigLint.Model.Compose;

/// <summary>
/// Compose's variable interpolation, after the Compose specification (12-interpolation.md, read 2026-07):
/// <c>$$</c> is a literal <c>$</c>; <c>$NAME</c> and <c>${NAME}</c> substitute (names <c>[_a-zA-Z][_a-zA-Z0-9]*</c>);
/// <c>${NAME:-d}</c> / <c>${NAME-d}</c> default when unset-or-empty / unset; <c>${NAME:?e}</c> / <c>${NAME?e}</c> fail when
/// unset-or-empty / unset; <c>${NAME:+r}</c> / <c>${NAME+r}</c> give <c>r</c> when set-and-non-empty / set, else the
/// (empty) value; arguments interpolate recursively; any other <c>$</c> is kept as written.
/// </summary>
public static class ComposeInterpolation
{
    private const int MaxNesting = 16;
    private static readonly string[] Operators = [":-", ":?", ":+", "-", "?", "+"];

    /// <summary>True when <paramref name="text"/> has a <c>$</c> Compose would act on.</summary>
    public static bool NeedsInterpolation(string text) => text.Contains('$');

    /// <summary>
    /// Interpolates <paramref name="text"/>; <paramref name="lookup"/> gives a variable's value or null when unset, and
    /// <paramref name="locate"/> the location of a <c>(start, length)</c> range of <paramref name="text"/>.
    /// </summary>
    public static ComposeInterpolatedValue Interpolate(Location location, string text, Func<string, ComposeVariable?> lookup, Func<int, int, Location> locate)
    {
        var uses = ImmutableArray.CreateBuilder<ComposeVariableUse>();
        string? problem = null;
        var value = Expand(text, 0, text.Length, lookup, locate, uses, ref problem, 0);
        return new ComposeInterpolatedValue(location, text, value, uses.ToImmutable(), problem);
    }

    private static string Expand(string text, int start, int end, Func<string, ComposeVariable?> lookup, Func<int, int, Location> locate,
        ImmutableArray<ComposeVariableUse>.Builder uses, ref string? problem, int nesting)
    {
        var builder = new StringBuilder(end - start);
        var i = start;
        while (i < end)
        {
            var c = text[i];
            if (c != '$' || i + 1 >= end)
            {
                builder.Append(c);
                i++;
                continue;
            }

            var next = text[i + 1];
            if (next == '$')
            {
                builder.Append('$');
                i += 2;
                continue;
            }

            if (IsNameStart(next))
            {
                var nameEnd = ScanName(text, i + 1, end);
                var name = text[(i + 1)..nameEnd];
                var variable = lookup(name);
                uses.Add(new ComposeVariableUse(name, locate(i, nameEnd - i), string.Empty, null, variable));
                builder.Append(variable?.Value);
                i = nameEnd;
                continue;
            }

            if (next != '{')
            {
                builder.Append(c);
                i++;
                continue;
            }

            var close = ClosingBrace(text, i + 1, end);
            if (close < 0)
            {
                problem ??= $"'{text[i..end]}' has no closing '}}'";
                builder.Append(text, i, end - i);
                break;
            }

            var innerStart = i + 2;
            var nameStop = ScanName(text, innerStart, close);
            var op = nameStop > innerStart ? OperatorAt(text, nameStop, close) : null;
            if (nameStop == innerStart || (nameStop < close && op is null))
            {
                problem ??= $"'{text[i..(close + 1)]}' is not a valid interpolation";
                i = close + 1;
                continue;
            }

            var braceName = text[innerStart..nameStop];
            var found = lookup(braceName);
            var argumentStart = op is null ? close : nameStop + op.Length;
            var argument = op is null ? null : text[argumentStart..close];
            uses.Add(new ComposeVariableUse(braceName, locate(i, close + 1 - i), op ?? string.Empty, argument, found));
            var isSet = found is not null;
            var isEmpty = found is null || found.Value.Length == 0;
            var useArgument = op switch
            {
                ":-" => isEmpty,
                "-" => !isSet,
                ":+" => isSet && !isEmpty,
                "+" => isSet,
                _ => false,
            };

            if (useArgument)
            {
                builder.Append(nesting < MaxNesting
                    ? Expand(text, argumentStart, close, lookup, locate, uses, ref problem, nesting + 1)
                    : text[argumentStart..close]);
            }
            else if (op is ":?" or "?" && (op == ":?" ? isEmpty : !isSet) && nesting < MaxNesting)
            {
                // The message is interpolated too; Compose reports it and stops.
                Expand(text, argumentStart, close, lookup, locate, uses, ref problem, nesting + 1);
            }
            else
            {
                builder.Append(found?.Value);
            }

            i = close + 1;
        }

        return builder.ToString();
    }

    private static string? OperatorAt(string text, int at, int close)
    {
        foreach (var op in Operators)
        {
            if (at + op.Length <= close && string.CompareOrdinal(text, at, op, 0, op.Length) == 0)
            {
                return op;
            }
        }

        return null;
    }

    // The '}' that closes the '{' at open, counting nested braces.
    private static int ClosingBrace(string text, int open, int end)
    {
        var depth = 0;
        for (var k = open; k < end; k++)
        {
            if (text[k] == '{')
            {
                depth++;
            }
            else if (text[k] == '}' && --depth == 0)
            {
                return k;
            }
        }

        return -1;
    }

    private static bool IsNameStart(char c) => char.IsAsciiLetter(c) || c == '_';

    private static int ScanName(string text, int start, int end)
    {
        if (start >= end || !IsNameStart(text[start]))
        {
            return start;
        }

        var i = start + 1;
        while (i < end && (char.IsAsciiLetterOrDigit(text[i]) || text[i] == '_'))
        {
            i++;
        }

        return i;
    }
}
