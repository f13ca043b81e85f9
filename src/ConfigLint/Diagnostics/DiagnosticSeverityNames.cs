namespace ConfigLint.Diagnostics;

/// <summary>The lowercase names of severities used in configuration, text output and SARIF levels.</summary>
public static class DiagnosticSeverityNames
{
    /// <summary>The configuration/SARIF name of a severity (<c>error</c>, <c>warning</c>, <c>note</c>, <c>none</c>).</summary>
    public static string ToName(this DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Error => "error",
        DiagnosticSeverity.Warning => "warning",
        DiagnosticSeverity.Note => "note",
        _ => "none",
    };

    /// <summary>Parses a severity name; <c>off</c> and <c>none</c> both mean disabled.</summary>
    public static bool TryParse(string? text, out DiagnosticSeverity severity)
    {
        switch (text?.Trim().ToLowerInvariant())
        {
            case "error": severity = DiagnosticSeverity.Error; return true;
            case "warning": case "warn": severity = DiagnosticSeverity.Warning; return true;
            case "note": case "info": severity = DiagnosticSeverity.Note; return true;
            case "off": case "none": severity = DiagnosticSeverity.None; return true;
            default: severity = DiagnosticSeverity.None; return false;
        }
    }
}
