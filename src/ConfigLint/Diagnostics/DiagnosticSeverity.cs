namespace ConfigLint.Diagnostics;

/// <summary>How serious a finding is. Ordered, so <c>severity &gt;= failLevel</c> works.</summary>
public enum DiagnosticSeverity
{
    /// <summary>Disabled: the rule does not report.</summary>
    None = 0,

    /// <summary>Worth knowing; never fails a build at the default fail level.</summary>
    Note = 1,

    /// <summary>Likely a mistake.</summary>
    Warning = 2,

    /// <summary>Will fail at plan, apply, deploy or run time.</summary>
    Error = 3,
}
