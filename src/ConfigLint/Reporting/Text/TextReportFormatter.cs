using ConfigLint.Diagnostics;

namespace ConfigLint.Reporting.Text;

/// <summary>
/// The default, human-readable report in the style of rustc and Ruff: <c>path:line:col: severity[ID] message</c>,
/// the source line with the span underlined, related locations and fixes, then a summary line.
/// </summary>
public sealed class TextReportFormatter : IReportFormatter
{
    /// <inheritdoc />
    public string Name => "text";

    /// <inheritdoc />
    public void Write(LintResult result, TextWriter writer, ReportOptions options)
    {
        var paint = new AnsiPaint(options.Color);
        var redactor = SecretRedactor.For(result);
        foreach (var diagnostic in result.Diagnostics)
        {
            if (!diagnostic.IsSuppressed)
            {
                WriteDiagnostic(writer, diagnostic, result, redactor, paint);
            }
        }

        foreach (var fix in result.AppliedFixes)
        {
            writer.Write($"{paint.Green("fixed")} {fix.Path}: {redactor.Redact(fix.Title)} [{fix.RuleId}]\n");
        }

        WriteSummary(writer, ReportSummary.Of(result), result.AppliedFixes.Length, paint);
    }

    private static void WriteDiagnostic(TextWriter writer, Diagnostic diagnostic, LintResult result, SecretRedactor redactor, AnsiPaint paint)
    {
        var severity = diagnostic.Severity.ToName();
        var label = paint.Severity(diagnostic.Severity, $"{severity}[{diagnostic.Id}]");
        var where = diagnostic.Location.IsNone ? "configlint" : diagnostic.Location.ToString();
        writer.Write($"{paint.Bold(where)}: {label} {redactor.Redact(diagnostic.Message)}\n");

        if (SnippetText.For(diagnostic, result.FindFile(diagnostic.Location.Path), redactor) is { } snippet)
        {
            var number = diagnostic.Location.StartLine.ToString(System.Globalization.CultureInfo.InvariantCulture);
            var gutter = new string(' ', number.Length);
            writer.Write($"{gutter} {paint.Blue("|")}\n");
            writer.Write($"{paint.Blue(number)} {paint.Blue("|")} {snippet.Line}\n");
            var underline = new string(' ', snippet.CaretStart) + paint.Severity(diagnostic.Severity, new string('^', snippet.CaretLength));
            writer.Write($"{gutter} {paint.Blue("|")} {underline}\n");
        }

        foreach (var related in diagnostic.RelatedLocations)
        {
            writer.Write($"  {paint.Blue("=")} {related.Location}: {redactor.Redact(related.Message)}\n");
        }

        foreach (var fix in diagnostic.Fixes)
        {
            var safety = fix.Safety == FixSafety.Safe ? "fix" : "unsafe fix";
            writer.Write($"  {paint.Blue("=")} {safety}: {redactor.Redact(fix.Title)}\n");
        }

        writer.Write('\n');
    }

    private static void WriteSummary(TextWriter writer, ReportSummary summary, int applied, AnsiPaint paint)
    {
        if (applied > 0)
        {
            writer.Write($"Fixed {Count(applied, "problem")}.\n");
        }

        if (summary.Total == 0)
        {
            writer.Write($"{paint.Green("No problems found")} in {Count(summary.Files, "file")}{SuppressedSuffix(summary)}.\n");
            return;
        }

        var parts = new List<string>();
        if (summary.Errors > 0)
        {
            parts.Add(Count(summary.Errors, "error"));
        }

        if (summary.Warnings > 0)
        {
            parts.Add(Count(summary.Warnings, "warning"));
        }

        if (summary.Notes > 0)
        {
            parts.Add(Count(summary.Notes, "note"));
        }

        var line = $"Found {Count(summary.Total, "problem")} ({string.Join(", ", parts)}) in {Count(summary.Files, "file")}{SuppressedSuffix(summary)}.";
        writer.Write(paint.Bold(line) + "\n");
        if (summary.Fixable > 0)
        {
            writer.Write($"{summary.Fixable} fixable with --fix");
            writer.Write(summary.UnsafeFixable > 0 ? $" ({summary.UnsafeFixable} more with --fix --unsafe-fixes).\n" : ".\n");
        }
        else if (summary.UnsafeFixable > 0)
        {
            writer.Write($"{summary.UnsafeFixable} fixable with --fix --unsafe-fixes.\n");
        }
    }

    private static string SuppressedSuffix(ReportSummary summary) =>
        summary.Suppressed > 0 ? $", {summary.Suppressed} suppressed" : string.Empty;

    private static string Count(int count, string noun) => count == 1 ? $"1 {noun}" : $"{count} {noun}s";
}
