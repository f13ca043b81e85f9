namespace ConfigLint.Text;

/// <summary>A start and end <see cref="LinePosition"/>; the end is exclusive.</summary>
public readonly record struct LinePositionSpan(LinePosition Start, LinePosition End)
{
    /// <inheritdoc />
    public override string ToString() => $"{Start}-{End}";
}
