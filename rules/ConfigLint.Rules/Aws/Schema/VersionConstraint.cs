using System.Collections.Immutable;

namespace ConfigLint.Rules.Aws.Schema;

/// <summary>
/// A Terraform version constraint string as in <c>required_providers</c>: comma-separated terms, each
/// <c>=</c>, <c>!=</c>, <c>&gt;</c>, <c>&gt;=</c>, <c>&lt;</c>, <c>&lt;=</c>, <c>~&gt;</c> or no operator (exact),
/// followed by a version. All terms must hold.
/// </summary>
public sealed class VersionConstraint
{
    private readonly ImmutableArray<Term> _terms;

    private VersionConstraint(string text, ImmutableArray<Term> terms)
    {
        Text = text;
        _terms = terms;
    }

    /// <summary>The constraint as written.</summary>
    public string Text { get; }

    /// <summary>Parses a constraint; on failure <paramref name="error"/> says what is wrong.</summary>
    public static bool TryParse(string text, out VersionConstraint? constraint, out string? error)
    {
        ArgumentNullException.ThrowIfNull(text);
        constraint = null;
        error = null;
        var terms = ImmutableArray.CreateBuilder<Term>();
        foreach (var raw in text.Split(','))
        {
            var term = raw.AsSpan().Trim();
            if (term.IsEmpty)
            {
                error = $"empty term in version constraint '{text}'";
                return false;
            }

            var op = ReadOperator(ref term);
            if (!SemanticVersion.TryParse(term, out var version))
            {
                error = $"'{term.ToString().Trim()}' in version constraint '{text}' is not a version";
                return false;
            }

            terms.Add(new Term(op, version));
        }

        constraint = new VersionConstraint(text, terms.ToImmutable());
        return true;
    }

    /// <summary>Parses a constraint or throws <see cref="FormatException"/>.</summary>
    public static VersionConstraint Parse(string text) =>
        TryParse(text, out var constraint, out var error) ? constraint! : throw new FormatException(error);

    /// <summary>Whether <paramref name="version"/> meets every term.</summary>
    public bool Allows(SemanticVersion version)
    {
        foreach (var term in _terms)
        {
            if (!term.Allows(version))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Whether some release (not prerelease) <c>major.x.y</c> meets every term: the question for choosing a
    /// catalog line, since a catalog holds one release per major line.
    /// </summary>
    public bool AllowsSomeReleaseOfMajor(int major) =>
        AllowsSomeReleaseIn(SemanticVersion.Of(major, 0, 0), SemanticVersion.Of(major + 1, 0, 0), highInclusive: false);

    /// <summary>
    /// Whether some release from <c>major.0.0</c> up to and including <paramref name="version"/> meets every term;
    /// false when everything the constraint admits in that line is newer (<c>&gt;= 6.28</c> against 6.25.0).
    /// </summary>
    internal bool AllowsSomeReleaseUpTo(SemanticVersion version) =>
        AllowsSomeReleaseIn(SemanticVersion.Of(version.Major, 0, 0), Release(version), highInclusive: true);

    private bool AllowsSomeReleaseIn(SemanticVersion low, SemanticVersion high, bool highInclusive)
    {
        // Intersect [low, high) (or [low, high]) with every term's interval; versions are whole numbers, so an
        // exclusive lower bound becomes the next patch.
        foreach (var term in _terms)
        {
            var v = Release(term.Version);
            switch (term.Operator)
            {
                case Operator.Equal:
                    RaiseLow(ref low, v);
                    LowerHigh(ref high, ref highInclusive, v, inclusive: true);
                    break;
                case Operator.Greater:
                    RaiseLow(ref low, v.NextPatch());
                    break;
                case Operator.GreaterOrEqual:
                    RaiseLow(ref low, v);
                    break;
                case Operator.Less:
                    LowerHigh(ref high, ref highInclusive, v, inclusive: false);
                    break;
                case Operator.LessOrEqual:
                    LowerHigh(ref high, ref highInclusive, v, inclusive: true);
                    break;
                case Operator.Pessimistic:
                    RaiseLow(ref low, v);
                    LowerHigh(ref high, ref highInclusive, PessimisticLimit(term.Version), inclusive: false);
                    break;
                case Operator.NotEqual:
                    break;
            }
        }

        var empty = highInclusive ? low > high : low >= high;
        if (empty)
        {
            return false;
        }

        // Only a range of exactly one version can be emptied by "!=".
        var single = highInclusive ? low == high : high == low.NextPatch();
        return !single || _terms.All(t => t.Operator != Operator.NotEqual || Release(t.Version) != low);
    }

    /// <inheritdoc />
    public override string ToString() => Text;

    private static SemanticVersion Release(SemanticVersion version) => SemanticVersion.Of(version.Major, version.Minor, version.Patch);

    // "~> 1.2.3" allows >= 1.2.3, < 1.3.0; "~> 1.2" allows >= 1.2, < 2.0; "~> 1" allows >= 1, < 2.
    private static SemanticVersion PessimisticLimit(SemanticVersion version) => version.Segments switch
    {
        3 => SemanticVersion.Of(version.Major, version.Minor + 1, 0),
        _ => SemanticVersion.Of(version.Major + 1, 0, 0),
    };

    private static void RaiseLow(ref SemanticVersion low, SemanticVersion candidate)
    {
        if (candidate > low)
        {
            low = candidate;
        }
    }

    private static void LowerHigh(ref SemanticVersion high, ref bool highInclusive, SemanticVersion candidate, bool inclusive)
    {
        if (candidate < high || (candidate == high && !inclusive))
        {
            high = candidate;
            highInclusive = inclusive;
        }
    }

    private static Operator ReadOperator(ref ReadOnlySpan<char> term)
    {
        (string Text, Operator Op)[] operators =
        [
            ("~>", Operator.Pessimistic), (">=", Operator.GreaterOrEqual), ("<=", Operator.LessOrEqual),
            ("!=", Operator.NotEqual), (">", Operator.Greater), ("<", Operator.Less), ("=", Operator.Equal),
        ];
        foreach (var (text, op) in operators)
        {
            if (term.StartsWith(text, StringComparison.Ordinal))
            {
                term = term[text.Length..].Trim();
                return op;
            }
        }

        return Operator.Equal;
    }

    private enum Operator
    {
        Equal,
        NotEqual,
        Greater,
        GreaterOrEqual,
        Less,
        LessOrEqual,
        Pessimistic,
    }

    private readonly record struct Term(Operator Operator, SemanticVersion Version)
    {
        public bool Allows(SemanticVersion version)
        {
            // Terraform matches prereleases only by an exact "=" term.
            if (version.Prerelease.Length > 0 && (Operator != Operator.Equal || Version.Prerelease != version.Prerelease))
            {
                return false;
            }

            var order = version.CompareTo(Version);
            return Operator switch
            {
                Operator.Equal => order == 0,
                Operator.NotEqual => order != 0,
                Operator.Greater => order > 0,
                Operator.GreaterOrEqual => order >= 0,
                Operator.Less => order < 0,
                Operator.LessOrEqual => order <= 0,
                _ => order >= 0 && version < PessimisticLimit(Version),
            };
        }
    }
}
