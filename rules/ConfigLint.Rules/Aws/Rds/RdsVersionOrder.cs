namespace ConfigLint.Rules.Aws.Rds;

/// <summary>Orders engine version strings by their parts: numbers as numbers (<c>15.9 &lt; 15.10</c>), other parts by text.</summary>
internal sealed class RdsVersionOrder : IComparer<string>
{
    /// <summary>The one instance.</summary>
    public static RdsVersionOrder Instance { get; } = new();

    /// <inheritdoc />
    public int Compare(string? x, string? y)
    {
        if (x is null || y is null)
        {
            return x is null ? (y is null ? 0 : -1) : 1;
        }

        var left = x.Split('.', '-');
        var right = y.Split('.', '-');
        for (var i = 0; i < Math.Min(left.Length, right.Length); i++)
        {
            var leftNumber = int.TryParse(left[i], out var a);
            var rightNumber = int.TryParse(right[i], out var b);
            var order = leftNumber && rightNumber ? a.CompareTo(b)
                : leftNumber ? -1
                : rightNumber ? 1
                : string.CompareOrdinal(left[i], right[i]);
            if (order != 0)
            {
                return order;
            }
        }

        return left.Length.CompareTo(right.Length);
    }
}
