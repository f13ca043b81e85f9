namespace ConfigLint.Cli;

/// <summary>The exit codes of DESIGN.md's CLI contract.</summary>
public static class ExitCodes
{
    /// <summary>Nothing at or above the fail level.</summary>
    public const int Success = 0;

    /// <summary>Findings at or above the fail level.</summary>
    public const int Findings = 1;

    /// <summary>Usage or configuration error.</summary>
    public const int UsageError = 2;

    /// <summary>Internal error (a bug in ConfigLint).</summary>
    public const int InternalError = 3;
}
