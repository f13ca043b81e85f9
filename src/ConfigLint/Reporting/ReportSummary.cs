using ConfigLint.Diagnostics;

namespace ConfigLint.Reporting;

/// <summary>The counts a report ends with: findings by severity, suppressed ones, and how many fixes could resolve.</summary>
public sealed record ReportSummary(int Errors, int Warnings, int Notes, int Suppressed, int Fixable, int UnsafeFixable, int Files)
{
    /// <summary>Counts the findings of a result.</summary>
    public static ReportSummary Of(LintResult result)
    {
        int errors = 0, warnings = 0, notes = 0, suppressed = 0, fixable = 0, unsafeFixable = 0;
        foreach (var diagnostic in result.Diagnostics)
        {
            if (diagnostic.IsSuppressed)
            {
                suppressed++;
                continue;
            }

            switch (diagnostic.Severity)
            {
                case DiagnosticSeverity.Error: errors++; break;
                case DiagnosticSeverity.Warning: warnings++; break;
                case DiagnosticSeverity.Note: notes++; break;
            }

            if (diagnostic.Fixes.Any(f => f.Safety == FixSafety.Safe))
            {
                fixable++;
            }
            else if (!diagnostic.Fixes.IsEmpty)
            {
                unsafeFixable++;
            }
        }

        return new ReportSummary(errors, warnings, notes, suppressed, fixable, unsafeFixable, result.ReportedPaths.Length);
    }

    /// <summary>Findings that count.</summary>
    public int Total => Errors + Warnings + Notes;
}
