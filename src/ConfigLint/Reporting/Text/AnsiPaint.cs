using ConfigLint.Diagnostics;

namespace ConfigLint.Reporting.Text;

/// <summary>Wraps text in ANSI colour codes, or leaves it alone when colour is off.</summary>
internal readonly struct AnsiPaint(bool enabled)
{
    public string Bold(string text) => Wrap("1", text);

    public string Blue(string text) => Wrap("34", text);

    public string Green(string text) => Wrap("32", text);

    public string Severity(DiagnosticSeverity severity, string text) => severity switch
    {
        DiagnosticSeverity.Error => Wrap("1;31", text),
        DiagnosticSeverity.Warning => Wrap("1;33", text),
        _ => Wrap("1;36", text),
    };

    private string Wrap(string code, string text) => enabled ? $"\u001b[{code}m{text}\u001b[0m" : text;
}
