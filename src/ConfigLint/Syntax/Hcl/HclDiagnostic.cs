using ConfigLint.Text;

namespace ConfigLint.Syntax.Hcl;

/// <summary>
/// A syntax error in HCL: HashiCorp's summary (so users can search for it), the detail sentence, and the span
/// HashiCorp points at (its "subject").
/// </summary>
public sealed record HclDiagnostic(string Summary, string Detail, TextSpan Span)
{
    /// <summary>The message shown to users: summary and detail.</summary>
    public string Message => $"{Summary}: {Detail}";
}
