using ConfigLint.Diagnostics;

namespace ConfigLint.Reporting.MsBuild;

/// <summary>
/// The canonical MSBuild/Visual Studio error format, <c>path(line,col): error CL5001: message</c>, which IDEs,
/// Azure Pipelines and build log parsers turn into clickable problems. Notes are written as <c>info</c>.
/// </summary>
public sealed class MsBuildReportFormatter : IReportFormatter
{
    /// <inheritdoc />
    public string Name => "msbuild";

    /// <inheritdoc />
    public void Write(LintResult result, TextWriter writer, ReportOptions options)
    {
        var redactor = SecretRedactor.For(result);
        foreach (var diagnostic in result.ActiveDiagnostics)
        {
            var category = diagnostic.Severity switch
            {
                DiagnosticSeverity.Error => "error",
                DiagnosticSeverity.Warning => "warning",
                _ => "info",
            };
            var origin = diagnostic.Location.IsNone
                ? "configlint"
                : $"{diagnostic.Location.Path}({diagnostic.Location.StartLine},{diagnostic.Location.StartColumn})";
            writer.Write($"{origin}: {category} {diagnostic.Id}: {OneLine(redactor.Redact(diagnostic.Message))}\n");
        }
    }

    internal static string OneLine(string text) => text.ReplaceLineEndings(" ");
}
