using System.Text;
using ConfigLint.Diagnostics;

namespace ConfigLint.Reporting.GitHub;

/// <summary>
/// GitHub Actions workflow commands (<c>::error file=…,line=…::message</c>), which the runner turns into
/// annotations on the pull request's changed lines. Values are escaped as the runner expects.
/// </summary>
public sealed class GitHubReportFormatter : IReportFormatter
{
    /// <inheritdoc />
    public string Name => "github";

    /// <inheritdoc />
    public void Write(LintResult result, TextWriter writer, ReportOptions options)
    {
        var redactor = SecretRedactor.For(result);
        foreach (var diagnostic in result.ActiveDiagnostics)
        {
            var command = diagnostic.Severity switch
            {
                DiagnosticSeverity.Error => "error",
                DiagnosticSeverity.Warning => "warning",
                _ => "notice",
            };
            var builder = new StringBuilder("::").Append(command).Append(' ');
            var location = diagnostic.Location;
            if (!location.IsNone)
            {
                builder.Append("file=").Append(EscapeProperty(location.Path));
                builder.Append(",line=").Append(location.StartLine);
                builder.Append(",col=").Append(location.StartColumn);
                builder.Append(",endLine=").Append(location.EndLine);
                if (location.EndLine == location.StartLine)
                {
                    builder.Append(",endColumn=").Append(location.EndColumn);
                }

                builder.Append(',');
            }

            builder.Append("title=").Append(EscapeProperty($"{diagnostic.Id} {diagnostic.Descriptor.Name}"));
            builder.Append("::").Append(EscapeData(redactor.Redact(diagnostic.Message)));
            writer.Write(builder.Append('\n').ToString());
        }
    }

    internal static string EscapeData(string value) =>
        value.Replace("%", "%25", StringComparison.Ordinal)
            .Replace("\r", "%0D", StringComparison.Ordinal)
            .Replace("\n", "%0A", StringComparison.Ordinal);

    internal static string EscapeProperty(string value) =>
        EscapeData(value)
            .Replace(":", "%3A", StringComparison.Ordinal)
            .Replace(",", "%2C", StringComparison.Ordinal);
}
