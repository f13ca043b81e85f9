using ConfigLint.Text;

namespace ConfigLint.Model.Yaml;

/// <summary>
/// Locates part of a scalar's value in the file (the <c>3000</c> of <c>"3003:3000"</c>) so findings point at exactly
/// the offending characters. Exact only when the written text is the value itself (plain or quoted without escapes
/// or folding); otherwise the whole scalar's location is the honest answer.
/// </summary>
public static class ValueSlices
{
    /// <summary>The location of <c>value[start..start+length]</c> inside <paramref name="whole"/>, or <paramref name="whole"/>.</summary>
    public static Location Slice(SourceText text, Location whole, string value, int start, int length)
    {
        if (whole.IsNone || start < 0 || length < 0 || start + length > value.Length || whole.Span.End > text.Length)
        {
            return whole;
        }

        var raw = text.AsSpan(whole.Span);
        var innerStart = whole.Span.Start;
        if (raw.Length >= 2 && raw[0] is '"' or '\'' && raw[^1] == raw[0])
        {
            raw = raw[1..^1];
            innerStart++;
        }

        if (!raw.SequenceEqual(value))
        {
            return whole;
        }

        return Location.Create(whole.Path, text, new TextSpan(innerStart + start, length));
    }
}
