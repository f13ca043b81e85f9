namespace ConfigLint.Rules.Aws.Schema;

/// <summary>How the arguments of an <see cref="ArgumentConstraint"/> relate.</summary>
public enum ArgumentConstraintKind
{
    /// <summary>At most one of the names may be set.</summary>
    ConflictsWith,

    /// <summary>Exactly one of the names must be set.</summary>
    ExactlyOneOf,

    /// <summary>At least one of the names must be set.</summary>
    AtLeastOneOf,

    /// <summary>If one of the names is set, all of them must be.</summary>
    RequiredWith,
}
