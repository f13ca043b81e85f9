using ConfigLint.Diagnostics;

namespace ConfigLint.Analysis;

/// <summary>The one order every output uses: path, line, column, id, message. Makes runs byte-identical.</summary>
public sealed class DiagnosticOrder : IComparer<Diagnostic>
{
    /// <summary>The shared instance.</summary>
    public static DiagnosticOrder Instance { get; } = new();

    /// <inheritdoc />
    public int Compare(Diagnostic? x, Diagnostic? y)
    {
        if (ReferenceEquals(x, y))
        {
            return 0;
        }

        if (x is null || y is null)
        {
            return x is null ? -1 : 1;
        }

        var c = string.CompareOrdinal(x.Location.Path, y.Location.Path);
        if (c != 0) return c;
        c = x.Location.Span.Start.CompareTo(y.Location.Span.Start);
        if (c != 0) return c;
        c = x.Location.Span.End.CompareTo(y.Location.Span.End);
        if (c != 0) return c;
        c = string.CompareOrdinal(x.Id, y.Id);
        if (c != 0) return c;
        return string.CompareOrdinal(x.Message, y.Message);
    }
}
