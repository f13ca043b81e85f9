namespace ConfigLint.Text;

/// <summary>A 0-based line and UTF-16 character offset within that line, as Roslyn keeps them.</summary>
public readonly record struct LinePosition(int Line, int Character) : IComparable<LinePosition>
{
    /// <inheritdoc />
    public int CompareTo(LinePosition other)
    {
        var byLine = Line.CompareTo(other.Line);
        return byLine != 0 ? byLine : Character.CompareTo(other.Character);
    }

    /// <summary>The 1-based form used in every output: <c>line:column</c>.</summary>
    public override string ToString() => $"{Line + 1}:{Character + 1}";
}
