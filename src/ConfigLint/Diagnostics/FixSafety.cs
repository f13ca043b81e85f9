namespace ConfigLint.Diagnostics;

/// <summary>Whether <c>--fix</c> may apply a fix without asking (Ruff's applicability).</summary>
public enum FixSafety
{
    /// <summary>Keeps behaviour the same except for removing the problem; applied by <c>--fix</c>.</summary>
    Safe,

    /// <summary>May change behaviour; applied only with <c>--unsafe-fixes</c>.</summary>
    Unsafe,
}
