using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using ConfigLint.Model.Terraform.Values;

namespace ConfigLint.Model.Terraform.Functions;

/// <summary>String functions (Terraform documentation, "String Functions", read 2026-12).</summary>
internal static class StringFunctions
{
    private static readonly TimeSpan RegexBudget = TimeSpan.FromMilliseconds(200);

    public static void Register(FunctionRegistrar add)
    {
        add("chomp", 1, 1, a => Str(a.String(0).TrimEnd('\n', '\r')));
        add("endswith", 2, 2, a => TerraformValue.Bool(a.String(0).EndsWith(a.String(1), StringComparison.Ordinal)));
        add("startswith", 2, 2, a => TerraformValue.Bool(a.String(0).StartsWith(a.String(1), StringComparison.Ordinal)));
        add("strcontains", 2, 2, a => TerraformValue.Bool(a.String(0).Contains(a.String(1), StringComparison.Ordinal)));
        add("lower", 1, 1, a => Str(a.String(0).ToLowerInvariant()));
        add("upper", 1, 1, a => Str(a.String(0).ToUpperInvariant()));
        add("title", 1, 1, a => Str(Title(a.String(0))));
        add("strrev", 1, 1, a => Str(Reverse(a.String(0))));
        add("trimspace", 1, 1, a => Str(a.String(0).Trim()));
        add("trim", 2, 2, a => Str(a.String(0).Trim(a.String(1).ToCharArray())));
        add("trimprefix", 2, 2, a => Str(a.String(0).StartsWith(a.String(1), StringComparison.Ordinal) ? a.String(0)[a.String(1).Length..] : a.String(0)));
        add("trimsuffix", 2, 2, a => Str(a.String(0).EndsWith(a.String(1), StringComparison.Ordinal) ? a.String(0)[..^a.String(1).Length] : a.String(0)));
        add("indent", 2, 2, Indent);
        add("join", 2, -1, Join);
        add("split", 2, 2, a => TerraformValue.Tuple(Split(a.String(1), a.String(0)).Select(Str)));
        add("replace", 3, 3, Replace);
        add("substr", 3, 3, Substr);
        add("format", 1, -1, a => Str(Formatting.Format(a, a.String(0), a.From(1).ToList())));
        add("formatlist", 1, -1, FormatList);
        add("regex", 2, 2, a => RegexMatch(a, all: false));
        add("regexall", 2, 2, a => RegexMatch(a, all: true));
    }

    private static TerraformValue Str(string value) => TerraformValue.String(value);

    private static TerraformValue Indent(FunctionArguments a)
    {
        var spaces = a.Integer(0);
        var text = a.String(1);
        var lines = text.AsSpan().Count('\n');
        if (spaces < 0 || (long)spaces * lines + text.Length > ValueLimits.MaxStringLength)
        {
            throw new ResultTooLargeException();
        }

        return Str(text.Replace("\n", "\n" + new string(' ', spaces), StringComparison.Ordinal));
    }

    private static TerraformValue Join(FunctionArguments a)
    {
        var separator = a.String(0);
        var parts = new List<string>();
        long length = 0;
        for (var i = 1; i < a.Count; i++)
        {
            foreach (var item in a.Sequence(i))
            {
                var part = item.ToStringValue() ?? throw a.Invalid(i, "element must be a string");
                length += part.Length + separator.Length;
                if (length > ValueLimits.MaxStringLength)
                {
                    throw new ResultTooLargeException();
                }

                parts.Add(part);
            }
        }

        return Str(string.Join(separator, parts));
    }

    private static IEnumerable<string> Split(string text, string separator) =>
        separator.Length == 0 ? text.EnumerateRunes().Select(r => r.ToString()) : text.Split(separator);

    private static TerraformValue Replace(FunctionArguments a)
    {
        var text = a.String(0);
        var search = a.String(1);
        var replacement = a.String(2);
        if (search.Length > 1 && search[0] == '/' && search[^1] == '/')
        {
            var regex = Compile(a, search[1..^1], 1);
            if ((long)regex.Count(text) * replacement.Length + text.Length > ValueLimits.MaxStringLength)
            {
                throw new ResultTooLargeException();
            }

            return Str(regex.Replace(text, replacement));
        }

        if (search.Length > 0 && (long)text.AsSpan().Count(search.AsSpan()) * replacement.Length + text.Length > ValueLimits.MaxStringLength)
        {
            throw new ResultTooLargeException();
        }

        return Str(search.Length == 0 ? text : text.Replace(search, replacement, StringComparison.Ordinal));
    }

    private static TerraformValue Substr(FunctionArguments a)
    {
        var runes = a.String(0).EnumerateRunes().ToArray();
        var offset = a.Integer(1);
        var length = a.Integer(2);
        if (offset < 0)
        {
            offset += runes.Length;
        }

        if (offset < 0 || offset > runes.Length)
        {
            throw a.Invalid(1, "offset is out of range");
        }

        var count = length < 0 ? runes.Length - offset : Math.Min(length, runes.Length - offset);
        var builder = new StringBuilder();
        foreach (var rune in runes.AsSpan(offset, count))
        {
            builder.Append(rune.ToString());
        }

        return Str(builder.ToString());
    }

    private static TerraformValue FormatList(FunctionArguments a)
    {
        var format = a.String(0);
        var length = -1;
        for (var i = 1; i < a.Count; i++)
        {
            if (a[i].Kind == TerraformValueKind.Tuple)
            {
                var count = a[i].Items.Length;
                if (length >= 0 && count != length)
                {
                    throw a.Fail("all list arguments must have the same length");
                }

                length = count;
            }
        }

        if (length < 0)
        {
            length = 1;
        }

        var results = new List<TerraformValue>(length);
        for (var row = 0; row < length; row++)
        {
            var values = new List<TerraformValue>(a.Count - 1);
            for (var i = 1; i < a.Count; i++)
            {
                values.Add(a[i].Kind == TerraformValueKind.Tuple ? a[i].Items[row] : a[i]);
            }

            results.Add(Str(Formatting.Format(a, format, values)));
        }

        return TerraformValue.Tuple(results);
    }

    private static TerraformValue RegexMatch(FunctionArguments a, bool all)
    {
        var regex = Compile(a, a.String(0), 0);
        var text = a.String(1);
        var names = regex.GetGroupNames().Where(n => !int.TryParse(n, out _)).ToArray();
        var numbered = regex.GetGroupNumbers().Length - 1 - names.Length;

        TerraformValue Capture(Match match)
        {
            if (names.Length > 0)
            {
                return TerraformValue.Object(names.Select(n => KeyValuePair.Create(n,
                    match.Groups[n].Success ? Str(match.Groups[n].Value) : TerraformValue.Null)));
            }

            if (numbered > 0)
            {
                return TerraformValue.Tuple(Enumerable.Range(1, numbered).Select(i =>
                    match.Groups[i].Success ? Str(match.Groups[i].Value) : TerraformValue.Null));
            }

            return Str(match.Value);
        }

        if (all)
        {
            return TerraformValue.Tuple(regex.Matches(text).Select(Capture));
        }

        var first = regex.Match(text);
        return first.Success ? Capture(first) : throw a.Fail("pattern did not match any part of the given string");
    }

    // Terraform uses RE2; .NET's non-backtracking engine accepts the same common subset and cannot blow up.
    private static Regex Compile(FunctionArguments a, string pattern, int index)
    {
        try
        {
            return new Regex(pattern, RegexOptions.NonBacktracking | RegexOptions.CultureInvariant, RegexBudget);
        }
        catch (ArgumentException exception)
        {
            throw a.Invalid(index, $"invalid regular expression: {exception.Message}");
        }
    }

    private static string Title(string text)
    {
        var builder = new StringBuilder(text.Length);
        var atWordStart = true;
        foreach (var c in text)
        {
            builder.Append(atWordStart && char.IsLetter(c) ? char.ToUpperInvariant(c) : c);
            atWordStart = !char.IsLetterOrDigit(c);
        }

        return builder.ToString();
    }

    private static string Reverse(string text)
    {
        var elements = new List<string>();
        var enumerator = StringInfo.GetTextElementEnumerator(text);
        while (enumerator.MoveNext())
        {
            elements.Add(enumerator.GetTextElement());
        }

        elements.Reverse();
        return string.Concat(elements);
    }
}
