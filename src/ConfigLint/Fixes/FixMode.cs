namespace ConfigLint.Fixes;

/// <summary>Which fixes <c>--fix</c> applies.</summary>
public enum FixMode
{
    /// <summary>Report only.</summary>
    None,

    /// <summary>Apply safe fixes (<c>--fix</c>).</summary>
    Safe,

    /// <summary>Apply safe and unsafe fixes (<c>--fix --unsafe-fixes</c>).</summary>
    Unsafe,
}
