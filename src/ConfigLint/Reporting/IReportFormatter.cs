namespace ConfigLint.Reporting;

/// <summary>Writes a <see cref="LintResult"/> in one output format.</summary>
public interface IReportFormatter
{
    /// <summary>The <c>--format</c> name (<c>text</c>, <c>sarif</c>, …).</summary>
    string Name { get; }

    /// <summary>Writes the whole report.</summary>
    void Write(LintResult result, TextWriter writer, ReportOptions options);
}
