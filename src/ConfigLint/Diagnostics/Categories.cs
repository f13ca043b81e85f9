namespace ConfigLint.Diagnostics;

/// <summary>The categories rules are grouped by.</summary>
public static class Categories
{
    /// <summary>The configuration will fail to plan, apply, deploy or start.</summary>
    public const string Correctness = "Correctness";

    /// <summary>The configuration works but exposes data or access.</summary>
    public const string Security = "Security";

    /// <summary>Two files describe the same thing differently.</summary>
    public const string Consistency = "Consistency";

    /// <summary>Deprecated or soon-removed features.</summary>
    public const string Deprecation = "Deprecation";

    /// <summary>Readability and hygiene.</summary>
    public const string Style = "Style";

    /// <summary>Problems with reading the files or running the tool itself.</summary>
    public const string Engine = "Engine";
}
