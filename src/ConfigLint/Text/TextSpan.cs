namespace ConfigLint.Text;

/// <summary>A range of UTF-16 code units in a <see cref="SourceText"/>: <c>[Start, End)</c>.</summary>
public readonly record struct TextSpan(int Start, int Length) : IComparable<TextSpan>
{
    /// <summary>The offset just past the last character of the span.</summary>
    public int End => Start + Length;

    /// <summary>True when the span covers no characters.</summary>
    public bool IsEmpty => Length == 0;

    /// <summary>Creates a span from its start and end offsets.</summary>
    public static TextSpan FromBounds(int start, int end) => new(start, end - start);

    /// <summary>True when <paramref name="other"/> lies entirely inside this span.</summary>
    public bool Contains(TextSpan other) => other.Start >= Start && other.End <= End;

    /// <summary>True when <paramref name="offset"/> is inside the span.</summary>
    public bool Contains(int offset) => offset >= Start && offset < End;

    /// <summary>True when the two spans share at least one character (or both are empty at the same offset).</summary>
    public bool OverlapsWith(TextSpan other) =>
        Start < other.End && other.Start < End || Start == other.Start;

    /// <inheritdoc />
    public int CompareTo(TextSpan other)
    {
        var byStart = Start.CompareTo(other.Start);
        return byStart != 0 ? byStart : Length.CompareTo(other.Length);
    }

    /// <inheritdoc />
    public override string ToString() => $"[{Start}..{End})";
}
