using System.Globalization;

namespace ConfigLint.Rules.Aws.Schema;

/// <summary>
/// A provider version as Terraform writes it: <c>MAJOR[.MINOR[.PATCH]][-PRERELEASE][+BUILD]</c>. Missing parts are
/// zero; <see cref="Segments"/> remembers how many were written, which <c>~&gt;</c> needs.
/// </summary>
public readonly record struct SemanticVersion(int Major, int Minor, int Patch, string Prerelease, int Segments) : IComparable<SemanticVersion>
{
    /// <summary>Parses a version; false when it is not one.</summary>
    public static bool TryParse(ReadOnlySpan<char> text, out SemanticVersion version)
    {
        version = default;
        text = text.Trim();
        if (text.Length > 0 && (text[0] == 'v' || text[0] == 'V'))
        {
            text = text[1..];
        }

        var plus = text.IndexOf('+');
        if (plus >= 0)
        {
            text = text[..plus];
        }

        var prerelease = string.Empty;
        var dash = text.IndexOf('-');
        if (dash >= 0)
        {
            prerelease = text[(dash + 1)..].ToString();
            text = text[..dash];
            if (prerelease.Length == 0)
            {
                return false;
            }
        }

        Span<int> parts = stackalloc int[3];
        var count = 0;
        foreach (var range in text.Split('.'))
        {
            var part = text[range];
            if (count == 3 || part.Length == 0 || !int.TryParse(part, NumberStyles.None, CultureInfo.InvariantCulture, out parts[count]))
            {
                return false;
            }

            count++;
        }

        version = new SemanticVersion(parts[0], parts[1], parts[2], prerelease, count);
        return count > 0;
    }

    /// <summary>Parses a version or throws <see cref="FormatException"/>.</summary>
    public static SemanticVersion Parse(string text) =>
        TryParse(text, out var version) ? version : throw new FormatException($"'{text}' is not a version");

    /// <summary>Orders by major, minor, patch; a prerelease comes before its release.</summary>
    public int CompareTo(SemanticVersion other)
    {
        var order = Major.CompareTo(other.Major);
        if (order == 0)
        {
            order = Minor.CompareTo(other.Minor);
        }

        if (order == 0)
        {
            order = Patch.CompareTo(other.Patch);
        }

        if (order == 0 && !string.Equals(Prerelease, other.Prerelease, StringComparison.Ordinal))
        {
            order = Prerelease.Length == 0 ? 1 : other.Prerelease.Length == 0 ? -1 : string.CompareOrdinal(Prerelease, other.Prerelease);
        }

        return order;
    }

    /// <summary>Whether <paramref name="left"/> is less than <paramref name="right"/>.</summary>
    public static bool operator <(SemanticVersion left, SemanticVersion right) => left.CompareTo(right) < 0;

    /// <summary>Whether <paramref name="left"/> is greater than <paramref name="right"/>.</summary>
    public static bool operator >(SemanticVersion left, SemanticVersion right) => left.CompareTo(right) > 0;

    /// <summary>Whether <paramref name="left"/> is at most <paramref name="right"/>.</summary>
    public static bool operator <=(SemanticVersion left, SemanticVersion right) => left.CompareTo(right) <= 0;

    /// <summary>Whether <paramref name="left"/> is at least <paramref name="right"/>.</summary>
    public static bool operator >=(SemanticVersion left, SemanticVersion right) => left.CompareTo(right) >= 0;

    /// <summary>The version as <c>MAJOR.MINOR.PATCH[-PRERELEASE]</c>.</summary>
    public override string ToString() =>
        Prerelease.Length == 0 ? $"{Major}.{Minor}.{Patch}" : $"{Major}.{Minor}.{Patch}-{Prerelease}";

    internal static SemanticVersion Of(int major, int minor, int patch) => new(major, minor, patch, string.Empty, 3);

    internal SemanticVersion NextPatch() => Of(Major, Minor, Patch + 1);
}
